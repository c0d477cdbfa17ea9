import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the feed SQL (and the profile read's and the tag check's) exactly as the application
 * runs it (read by reflection from the built repositories) into DIR/<name>.sql, so that pgbench
 * measures the very same statements.
 * Usage: java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/SqlDump.java DIR
 */
public class SqlDump {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Class<?> repo = Class.forName("app.rapport.feed.FeedRepository");
        for (String name : List.of("HOME_SIZES", "HOME_PER_AUTHOR", "HOME_NEWEST_FIRST", "LIKED_PER_AUTHOR", "LIKED_NEWEST_FIRST")) {
            Field f = repo.getDeclaredField(name);
            f.setAccessible(true);
            Files.writeString(dir.resolve(name + ".sql"), (String) f.get(null));
        }
        Class<?> posts = Class.forName("app.rapport.posts.PostRepository");
        Files.writeString(dir.resolve("AUTHOR_PAGE.sql"), (String) posts.getField("AUTHOR_PAGE").get(null));
        Files.writeString(dir.resolve("ID_BY_HANDLE.sql"),
                (String) Class.forName("app.rapport.profiles.MemberRepository").getField("ID_BY_HANDLE").get(null));
        Field owned = Class.forName("app.rapport.tags.TagRepository").getDeclaredField("OWNED_IDS");
        owned.setAccessible(true);
        Files.writeString(dir.resolve("OWNED_TAGS.sql"), (String) owned.get(null));
        Field viewRows = posts.getDeclaredField("VIEW_ROWS");
        viewRows.setAccessible(true);
        Files.writeString(dir.resolve("VIEW_ROWS.sql"), (String) viewRows.get(null));
        Class<?> selection = Class.forName("app.rapport.tags.TagSelection");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> mode = (Class<Enum>) Class.forName("app.rapport.tags.TagView$Mode");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> plan = (Class<Enum>) Class.forName("app.rapport.feed.FeedPlan");
        Method tagSql = repo.getDeclaredMethod("tagSql", selection, plan);
        tagSql.setAccessible(true);
        var ctor = selection.getDeclaredConstructor(mode, List.class, List.class);
        for (String m : List.of("ANY", "ALL")) {
            Object sel = ctor.newInstance(Enum.valueOf(mode, m), List.of(1L), List.of());
            for (String p : List.of("PER_AUTHOR", "NEWEST_FIRST")) {
                Files.writeString(dir.resolve("TAG_" + m + "_" + p + ".sql"), (String) tagSql.invoke(null, sel, Enum.valueOf(plan, p)));
            }
        }
        System.out.println("SQL written to " + dir);
    }
}
