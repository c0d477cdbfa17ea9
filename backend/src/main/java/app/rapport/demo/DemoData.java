package app.rapport.demo;

import app.rapport.auth.PasswordHasher;
import app.rapport.common.RapportConfig;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.Position;
import app.rapport.profiles.PositionRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Demo members with real-looking careers, loaded at start-up when {@code rapport.demo.enabled}
 * (make run turns it on). Idempotent: nothing happens when the demo account exists. Kept out
 * of the migrations so that production databases never get it.
 */
@ApplicationScoped
public class DemoData {

    public static final String DEMO_EMAIL = "demo@rapport.dev";
    public static final String DEMO_PASSWORD = "rapport-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** handle, name, headline, location, [title, company, start year]... (the first position is current). */
    static final String[][] PEOPLE = {
        {"demo", "Dana Moreau", "Head of Partnerships at Northwind · building B2B relationships that last", "Lyon, France",
            "Head of Partnerships", "Northwind", "2021", "Partnerships Manager", "Contoso", "2016", "Account Executive", "Initech", "2012"},
        {"amara_okafor", "Amara Okafor", "VP Engineering at Fabrikam · distributed systems, kind teams", "London, UK",
            "VP Engineering", "Fabrikam", "2022", "Engineering Director", "Northwind", "2017", "Senior Engineer", "Globex", "2011"},
        {"li_wei", "Li Wei", "Product lead for payments · ex-Contoso", "Singapore",
            "Product Lead", "Tailspin Payments", "2020", "Product Manager", "Contoso", "2015"},
        {"sofia_marquez", "Sofía Márquez", "Founder & CEO at Lumen Health · digital care for rural clinics", "Madrid, Spain",
            "Founder & CEO", "Lumen Health", "2019", "Strategy Consultant", "Adatum Consulting", "2013"},
        {"jonas_berg", "Jonas Berg", "Data scientist · forecasting & causal inference", "Stockholm, Sweden",
            "Senior Data Scientist", "Northwind", "2020", "Data Analyst", "Wide World Importers", "2016"},
        {"priya_raman", "Priya Raman", "Design director · accessible products for everyone", "Bengaluru, India",
            "Design Director", "Fabrikam", "2021", "Lead Designer", "Litware", "2015"},
        {"tom_becker", "Tom Becker", "Enterprise sales at Contoso · helping CFOs buy software they like", "Berlin, Germany",
            "Enterprise Account Director", "Contoso", "2018", "Account Executive", "Initech", "2013"},
        {"fatima_zahra", "Fatima Zahra El Idrissi", "Talent partner · hiring engineers across Europe & Africa", "Casablanca, Morocco",
            "Talent Partner", "Northwind", "2022", "Recruiter", "Adatum Consulting", "2017"},
        {"marcus_johnson", "Marcus Johnson", "CTO at Proseware · Rust, Postgres, and pragmatic architecture", "Austin, TX",
            "CTO", "Proseware", "2019", "Principal Engineer", "Globex", "2012"},
        {"yuki_tanaka", "Yuki Tanaka", "Investor at Blue Yonder Ventures · seed-stage B2B SaaS", "Tokyo, Japan",
            "Partner", "Blue Yonder Ventures", "2020", "Principal", "Woodgrove Bank", "2014"},
        {"elena_rossi", "Elena Rossi", "Marketing lead · brand, community and content", "Milan, Italy",
            "Head of Marketing", "Litware", "2021", "Marketing Manager", "Fabrikam", "2016"},
        {"david_cohen", "David Cohen", "Security engineer · zero trust, threat modelling", "Tel Aviv, Israel",
            "Staff Security Engineer", "Fabrikam", "2019", "Security Engineer", "Contoso", "2014"},
        {"grace_mensah", "Grace Mensah", "Operations at Lumen Health · supply chains that work", "Accra, Ghana",
            "COO", "Lumen Health", "2020", "Operations Manager", "Wide World Importers", "2014"},
        {"lucas_silva", "Lucas Silva", "Mobile engineer · Kotlin & Swift, offline-first apps", "São Paulo, Brazil",
            "Senior Mobile Engineer", "Tailspin Payments", "2021", "Mobile Developer", "Litware", "2017"},
        {"nina_petrova", "Nina Petrova", "Customer success leader · retention is the new growth", "Sofia, Bulgaria",
            "VP Customer Success", "Northwind", "2022", "Customer Success Manager", "Contoso", "2016"},
        {"omar_haddad", "Omar Haddad", "Cloud architect · migrations without drama", "Dubai, UAE",
            "Principal Cloud Architect", "Adatum Consulting", "2018", "Systems Engineer", "Woodgrove Bank", "2012"},
        {"chloe_martin", "Chloé Martin", "Head of People · remote-first culture", "Paris, France",
            "Head of People", "Proseware", "2021", "HR Business Partner", "Northwind", "2016"},
        {"samuel_adeyemi", "Samuel Adeyemi", "Fintech founder · payments for small merchants", "Lagos, Nigeria",
            "Co-founder", "Kora Pay", "2020", "Product Manager", "Tailspin Payments", "2016"},
        {"hannah_schmidt", "Hannah Schmidt", "ML engineer · search & recommendations", "Munich, Germany",
            "Machine Learning Engineer", "Litware", "2020", "Software Engineer", "Globex", "2017"},
        {"raj_patel", "Raj Patel", "CFO at Fabrikam · finance for scale-ups", "Toronto, Canada",
            "CFO", "Fabrikam", "2019", "Finance Director", "Woodgrove Bank", "2011"},
        {"ines_duarte", "Inês Duarte", "UX researcher · talking to users so you don't guess", "Lisbon, Portugal",
            "Senior UX Researcher", "Contoso", "2020", "UX Researcher", "Litware", "2017"},
        {"kwame_asante", "Kwame Asante", "Developer advocate · APIs people enjoy", "Kumasi, Ghana",
            "Developer Advocate", "Proseware", "2022", "Backend Engineer", "Kora Pay", "2018"},
        {"anna_kowalska", "Anna Kowalska", "Engineering manager · platform teams", "Warsaw, Poland",
            "Engineering Manager", "Northwind", "2021", "Senior Engineer", "Fabrikam", "2016"},
        {"mateo_garcia", "Mateo García", "Sales development lead · outbound that respects people", "Buenos Aires, Argentina",
            "SDR Lead", "Contoso", "2022", "Sales Development Rep", "Initech", "2019"},
        {"olivia_brown", "Olivia Brown", "Journalist covering the future of work", "New York, NY",
            "Senior Reporter", "The Daily Ledger", "2018", "Reporter", "Metro News", "2013"},
        {"ahmed_karimi", "Ahmed Karimi", "Supply chain analyst · making logistics visible", "Rotterdam, Netherlands",
            "Supply Chain Analyst", "Wide World Importers", "2021", "Logistics Coordinator", "Northwind", "2018"},
        {"sara_lindqvist", "Sara Lindqvist", "Product designer · design systems", "Gothenburg, Sweden",
            "Product Designer", "Tailspin Payments", "2022", "UI Designer", "Litware", "2019"},
        {"daniel_kim", "Daniel Kim", "Growth at Lumen Health · experiments over opinions", "Seoul, South Korea",
            "Head of Growth", "Lumen Health", "2021", "Growth Analyst", "Contoso", "2017"},
        {"laura_weber", "Laura Weber", "Legal counsel · privacy & data protection", "Zurich, Switzerland",
            "Senior Legal Counsel", "Woodgrove Bank", "2019", "Associate", "Adatum Consulting", "2014"},
        {"pedro_alves", "Pedro Alves", "Site reliability engineer · on-call that doesn't hurt", "Porto, Portugal",
            "Senior SRE", "Fabrikam", "2020", "DevOps Engineer", "Proseware", "2016"},
        {"mei_chen", "Mei Chen", "Angel investor & former founder", "San Francisco, CA",
            "Angel Investor", "Independent", "2021", "Founder & CEO", "Litware", "2012"},
        {"victor_nguyen", "Victor Nguyen", "Account executive · mid-market SaaS", "Ho Chi Minh City, Vietnam",
            "Account Executive", "Northwind", "2022", "Business Development Rep", "Contoso", "2019"},
        {"zoe_williams", "Zoe Williams", "Community manager · events that people remember", "Melbourne, Australia",
            "Community Manager", "Proseware", "2021", "Events Coordinator", "Litware", "2018"},
        {"ibrahim_diallo", "Ibrahim Diallo", "Backend engineer · Java, Quarkus, PostgreSQL", "Dakar, Senegal",
            "Backend Engineer", "Kora Pay", "2021", "Software Engineer", "Tailspin Payments", "2018"},
        {"julia_novak", "Julia Novák", "Procurement lead · buying software without regret", "Prague, Czechia",
            "Head of Procurement", "Wide World Importers", "2020", "Procurement Specialist", "Woodgrove Bank", "2015"},
        {"ethan_clarke", "Ethan Clarke", "Recruiter · I'd like to add you to my network", "Manchester, UK",
            "Technical Recruiter", "Staffing Plus", "2022", "Recruiter", "Adatum Consulting", "2019"},
    };

    /** A member's "about" text, from their name, position and headline. */
    static String about(String[] p) {
        return "I'm " + p[1].split(" ")[0] + ", " + p[4] + " at " + p[5] + ". "
               + "Happy to talk about " + p[2].substring(p[2].indexOf('·') + 1).trim() + ".";
    }

    private final RapportConfig config;
    private final MemberRepository members;
    private final PositionRepository positions;
    private final PasswordHasher passwords;
    private final DemoGraphSeeder graph;
    private final DemoFeedSeeder feed;
    private final DemoMessagesSeeder messages;

    public DemoData(RapportConfig config, MemberRepository members, PositionRepository positions,
                    PasswordHasher passwords, DemoGraphSeeder graph, DemoFeedSeeder feed,
                    DemoMessagesSeeder messages) {
        this.config = config;
        this.members = members;
        this.positions = positions;
        this.passwords = passwords;
        this.graph = graph;
        this.feed = feed;
        this.messages = messages;
    }

    @ActivateRequestContext // Hibernate asks which datasource (app.rapport.common.replica) within a request
    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            load();
        }
    }

    @Transactional
    public void load() {
        if (members.findByEmail(DEMO_EMAIL).isPresent()) {
            LOG.info("Demo data already loaded");
            return;
        }
        String hash = passwords.hash(DEMO_PASSWORD);
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            Member m = new Member();
            m.handle = p[0];
            m.email = i == 0 ? DEMO_EMAIL : p[0].replace('_', '.') + "@demo.rapport.dev";
            m.displayName = p[1];
            m.headline = p[2];
            m.location = p[3];
            m.currentTitle = p[4];
            m.currentCompany = p[5];
            m.about = about(p);
            m.passwordHash = hash;
            m.createdAt = now.minus(PEOPLE.length - i, ChronoUnit.DAYS);
            m.updatedAt = m.createdAt;
            members.persist(m);
            ids.add(m.id);
            for (int j = 4; j + 2 < p.length; j += 3) {
                Position pos = new Position();
                pos.memberId = m.id;
                pos.title = p[j];
                pos.company = p[j + 1];
                pos.startDate = LocalDate.of(Integer.parseInt(p[j + 2]), 1 + (i + j) % 12, 1);
                pos.endDate = j == 4 ? null : LocalDate.of(Integer.parseInt(p[j - 1]), 1 + (i + j) % 12, 1).minusDays(1);
                pos.createdAt = now;
                positions.persist(pos);
            }
        }
        members.flush();
        graph.seed(ids);
        feed.seed(ids);
        messages.seed(ids);
        LOG.infof("Demo data loaded: %d members; log in as %s / %s", ids.size(), DEMO_EMAIL, DEMO_PASSWORD);
    }
}
