package app.rapport.common.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadRuleTest {

    @Test
    void memberWhoNeverWrote_readsFromAReachableReplica() {
        assertEquals(ReadRule.Route.REPLICA, ReadRule.route(true, 0, Lsn.parse("0/3000060")));
    }

    @Test
    void replicaBehindTheMembersLastWrite_sendsTheReadToThePrimary() {
        long mark = Lsn.parse("0/3000100");
        assertEquals(ReadRule.Route.PRIMARY, ReadRule.route(true, mark, Lsn.parse("0/30000FF")));
    }

    @Test
    void replicaAtOrPastTheMembersLastWrite_servesTheRead() {
        long mark = Lsn.parse("0/3000100");
        assertEquals(ReadRule.Route.REPLICA, ReadRule.route(true, mark, mark));
        assertEquals(ReadRule.Route.REPLICA, ReadRule.route(true, mark, Lsn.parse("1/0")));
    }

    @Test
    void unreachableReplica_readsFromThePrimaryWhateverTheMarks() {
        assertEquals(ReadRule.Route.PRIMARY, ReadRule.route(false, 0, Lsn.parse("5/0")));
    }

    @Test
    void walPositions_compareAcrossTheHighWord() {
        // "1/0" is past every position of the first 4 GB of WAL: compared as numbers, not as text.
        assertEquals(true, Lsn.parse("1/0") > Lsn.parse("0/FFFFFFFF"));
        assertEquals(true, Lsn.parse("A/0") > Lsn.parse("9/FFFFFFFF"));
        assertEquals("16/B374D848", Lsn.format(Lsn.parse("16/B374D848")));
        assertEquals(0, Lsn.parse(null));
        assertThrows(IllegalArgumentException.class, () -> Lsn.parse("B374D848"));
    }
}
