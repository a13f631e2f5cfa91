package dev.seamless.triage.roster;

import dev.seamless.triage.assignment.Absence;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A period a person is away, from {@code PersonAvailabilityChanged}. */
@Entity
public class SaAbsence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String personId;
    public LocalDate fromDay;
    public LocalDate toDay;
    public String reason;
    public OffsetDateTime receivedAt;

    public Absence toAbsence() {
        return new Absence(fromDay, toDay, reason);
    }
}
