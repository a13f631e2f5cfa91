package dev.seamless.triage.request;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.triage.assignment.EngagementLengths;
import dev.seamless.triage.assignment.EngagementWindow;
import dev.seamless.triage.board.LabelFacts;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.qualification.CrmFigures;
import dev.seamless.triage.qualification.QualificationInput;
import dev.seamless.triage.qualification.RequestInformation;
import dev.seamless.triage.qualification.Route;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request for an SA: the triage form, where it stands on the board, and the decisions taken on it. */
@Entity
public class TriageRequest extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String accountName;
    public String opportunityId;
    @Enumerated(EnumType.STRING)
    public Segment segment;
    @Enumerated(EnumType.STRING)
    public OrderType orderType;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public BigDecimal amount;
    public BigDecimal iacv;
    /** ISO 4217 code of amount and iacv; null means USD. */
    public String currency;
    public String requesterId;
    @Enumerated(EnumType.STRING)
    public Activity activity;
    public boolean synchronous;
    public boolean postSales;
    public Integer durationMinutes;
    public OffsetDateTime requestedFor;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<OffsetDateTime> preferredDates = new ArrayList<>();
    public String timezone;
    public String desiredOutcome;
    public String objectives;
    public String agenda;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> attendees = new ArrayList<>();
    public String challenges;
    public String infrastructure;
    public String saTasks;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> expertise = new ArrayList<>();
    public String compellingEvent;
    public boolean servicesInvolved;

    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String submittedBy;
    public OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Enumerated(EnumType.STRING)
    public Route route;
    @JdbcTypeCode(SqlTypes.JSON)
    public QualificationRecord qualification;
    public String policyVersion;
    public OffsetDateTime qualifiedAt;
    public OffsetDateTime responseDueBy;

    public String saId;
    /**
     * The SA last engaged on the request while it is only held (by the week's triage SA, or by nobody): the SA engaged
     * on it next takes it over from them.
     */
    public String handoffFromSaId;
    /** The assignment that put the current SA on the request, with its explanation. */
    public Long assignmentId;
    public int openActionItems;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> labels = new ArrayList<>();

    public OffsetDateTime startedAt;
    public OffsetDateTime completedAt;
    public String completedBy;
    public OffsetDateTime closedAt;
    public String closeReason;
    /** Where the request stood when it closed: TRIAGED or DOING means an SA was engaged on it. */
    @Enumerated(EnumType.STRING)
    public RequestStatus closedFromStatus;

    @Version
    public int version;

    /** When the engagement takes place: the requested event, else the submission. */
    public OffsetDateTime engagementTime() {
        return requestedFor != null ? requestedFor : submittedAt;
    }

    /** @return whether the SA meets the customer: a meeting was asked for and the route allows one */
    public boolean meetsSynchronously() {
        return synchronous && (route == null || route.allowsMeetings());
    }

    /** @return the SA whom the next SA engaged on the request takes it over from, if anyone */
    public String handoffFrom() {
        return status != null && status.engaged() ? saId : handoffFromSaId;
    }

    /** @return the request's own time zone, else the company's: its dates are read in it */
    public ZoneId zone(CompanyTime time) {
        return time.zoneOr(timezone == null ? null : ZoneId.of(timezone));
    }

    /** The day of the engagement in the request's time zone. */
    public LocalDate engagementDay(CompanyTime time) {
        return engagementTime().atZoneSameInstant(zone(time)).toLocalDate();
    }

    /**
     * The days its SA must be available, read in its time zone: the whole engagement from its requested (or a
     * preferred) day; an undated request needs its SA today.
     */
    public EngagementWindow engagementWindow(CompanyTime time, Instant now, EngagementLengths lengths) {
        return EngagementWindow.of(requestedFor, preferredDates, zone(time), now, lengths.of(activity));
    }

    /** The time EXPEDITE counts down to: the requested event, else the earliest preferred date, else none. */
    public OffsetDateTime expediteTime() {
        if (requestedFor != null) {
            return requestedFor;
        }
        return preferredDates.stream().min(Comparator.comparing(OffsetDateTime::toInstant)).orElse(null);
    }

    /** Topics, lower case, as the roster's expertise is compared. */
    public Set<String> topics() {
        return Set.copyOf(expertise.stream().map(topic -> topic.toLowerCase(Locale.ROOT)).toList());
    }

    /** @param crm the opportunity's figures as the CRM last described them, or null */
    public QualificationInput qualificationInput(CompanyTime time, CrmFigures crm) {
        return new QualificationInput(segment, orderType, amount, iacv, activity, synchronous, postSales,
                durationMinutes, engagementTime(), zone(time), providedInformation(), currency, crm, topics());
    }

    public LabelFacts labelFacts(CompanyTime time) {
        return new LabelFacts(status, expediteTime(), engagementTime(), zone(time), servicesInvolved,
                openActionItems > 0, segment, tier);
    }

    private Set<RequestInformation> providedInformation() {
        Set<RequestInformation> provided = EnumSet.noneOf(RequestInformation.class);
        addIfPresent(provided, RequestInformation.OBJECTIVES, objectives);
        addIfPresent(provided, RequestInformation.AGENDA, agenda);
        addIfPresent(provided, RequestInformation.DESIRED_OUTCOME, desiredOutcome);
        addIfPresent(provided, RequestInformation.COMPELLING_EVENT, compellingEvent);
        addIfPresent(provided, RequestInformation.CHALLENGES, challenges);
        addIfPresent(provided, RequestInformation.INFRASTRUCTURE, infrastructure);
        addIfPresent(provided, RequestInformation.SA_TASKS, saTasks);
        if (!attendees.isEmpty()) {
            provided.add(RequestInformation.ATTENDEES);
        }
        if (requestedFor != null || !preferredDates.isEmpty()) {
            provided.add(RequestInformation.EVENT_TIME);
        }
        return provided;
    }

    private static void addIfPresent(Set<RequestInformation> provided, RequestInformation information, String value) {
        if (value != null && !value.isBlank()) {
            provided.add(information);
        }
    }
}
