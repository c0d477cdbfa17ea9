package app.rapport.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member: the account (email, password hash) and the public profile, one row each. */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false, length = 30)
    public String handle;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(length = 220)
    public String headline;

    @Column(length = 100)
    public String location;

    @Column(length = 2600)
    public String about;

    @Column(name = "current_title", length = 100)
    public String currentTitle;

    @Column(name = "current_company", length = 100)
    public String currentCompany;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
