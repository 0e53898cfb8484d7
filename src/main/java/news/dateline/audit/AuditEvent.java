package news.dateline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. Written once; the schema refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "target", length = 300)
    private String target;

    @Column(name = "address", length = 100)
    private String address;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, AuditAction action, Long actorId, String actorName, String target, String address,
               String detail) {
        this.at = at;
        this.action = action.name();
        this.actorId = actorId;
        this.actorName = actorName;
        this.target = shorten(target, 300);
        this.address = shorten(address, 100);
        this.detail = shorten(detail, 2000);
    }

    private static String shorten(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getActorName() {
        return actorName;
    }

    public String getTarget() {
        return target;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
