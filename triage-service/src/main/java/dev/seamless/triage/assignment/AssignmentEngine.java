package dev.seamless.triage.assignment;

import dev.seamless.events.triage.RankedCandidate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the SA for a request (seed 000, pooled model). The account's current SA keeps it (one technical contact)
 * unless that SA is inactive, unavailable over the engagement days, over capacity, or another available SA matches
 * notably more of the requested topics. Otherwise the available SAs within capacity are ranked by expertise matches,
 * then lowest weighted workload, then least recently assigned, then SA id, so the same inputs always give the same
 * answer. When nobody can take it, the week's triage SA owns it. Every SA considered is reported with its rank or the
 * reason it was passed over. A request of an account whose region is on a regional triage board is for the SAs of
 * that board (the account's SA aside); when none of them can take it, the policy's board fallback decides.
 */
public final class AssignmentEngine {

    public static final String STICKY = "assignment.sticky";
    public static final String RANKED = "assignment.ranked";
    public static final String TRIAGE_SA = "assignment.triage-sa";
    public static final String UNPLACED = "assignment.unplaced";

    /** The ranking factors in order; the first on which two SAs differ decides between them. */
    enum Factor {
        EXPERTISE("expertise"), WORKLOAD("workload"), RECENCY("least-recently-assigned"), SA_ID("sa-id");

        final String ruleSuffix;

        Factor(String ruleSuffix) {
            this.ruleSuffix = ruleSuffix;
        }
    }

    private static final Comparator<Evaluation> RANKING = Comparator
            .comparingInt(Evaluation::matches).reversed()
            .thenComparing(evaluation -> evaluation.sa().workload())
            .thenComparing(evaluation -> evaluation.sa().lastAssignedAt(),
                    Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparing(evaluation -> evaluation.sa().saId());

    private record Evaluation(CandidateSa sa, int matches, String problem) {

        boolean eligible() {
            return problem == null;
        }
    }

    private final AssignmentPolicy policy;

    public AssignmentEngine(AssignmentPolicy policy) {
        this.policy = policy;
    }

    public AssignmentDecision assign(AssignmentInput input, List<CandidateSa> roster) {
        Map<String, Object> inputs = inputs(input);
        List<Evaluation> evaluations = evaluateAll(input, roster, input.board());
        if (input.board() == null) {
            return assign(input, evaluations, inputs);
        }
        String onBoard = "The account's region " + input.accountRegion() + " is on the " + input.board().name()
                + " triage board. ";
        boolean boardCanPlace = evaluations.stream().anyMatch(Evaluation::eligible);
        if (!boardCanPlace && policy.boardFallback() == AssignmentPolicy.BoardFallback.ALL_SAS) {
            List<Evaluation> everyone = evaluateAll(input, roster, null);
            if (everyone.stream().anyMatch(Evaluation::eligible)) {
                inputs.put("boardFallback", "all-sas");
                return explained("No SA of the " + input.board().name() + " board is available within capacity, so"
                        + " the SAs of every board were considered. ", assign(input, everyone, inputs));
            }
        }
        return explained(onBoard, assign(input, evaluations, inputs));
    }

    private static AssignmentDecision explained(String prefix, AssignmentDecision decision) {
        return new AssignmentDecision(decision.saId(), decision.rule(), prefix + decision.message(),
                decision.candidates(), decision.engaged(), decision.inputs());
    }

    private List<Evaluation> evaluateAll(AssignmentInput input, List<CandidateSa> roster, RegionalBoard board) {
        return roster.stream()
                .sorted(Comparator.comparing(CandidateSa::saId))
                .map(sa -> evaluate(input, sa, board))
                .toList();
    }

    private AssignmentDecision assign(AssignmentInput input, List<Evaluation> evaluations,
            Map<String, Object> inputs) {
        Optional<Evaluation> accountSa = evaluations.stream()
                .filter(evaluation -> evaluation.sa().saId().equals(input.accountSaId())).findFirst();
        String stickyRejection = null;
        if (input.accountSaId() != null) {
            stickyRejection = stickyRejection(input, accountSa, evaluations);
            if (stickyRejection == null) {
                return sticky(input, accountSa.get(), evaluations, inputs);
            }
        }
        List<Evaluation> ranked = evaluations.stream().filter(Evaluation::eligible).sorted(RANKING).toList();
        if (ranked.isEmpty()) {
            return unplaceable(input, evaluations, stickyRejection, inputs);
        }
        // an active account SA passed over this once keeps the account: whoever takes the request only covers
        boolean cover = accountSa.isPresent() && accountSa.get().sa().active();
        if (cover) {
            inputs.put("coverForSaId", input.accountSaId());
        }
        return ranked(input, ranked, evaluations, stickyRejection, cover, inputs);
    }

    /** @param board the board whose SAs are candidates, null for all; the account's SA is one regardless */
    private Evaluation evaluate(AssignmentInput input, CandidateSa sa, RegionalBoard board) {
        int matches = (int) input.topics().stream().filter(sa.expertise()::contains).count();
        String problem = null;
        if (input.excluded().contains(sa.saId())) {
            problem = input.exclusionReason();
        } else if (!sa.active()) {
            problem = "inactive in the people directory";
        } else if (board != null && !board.serves(sa.region()) && !sa.saId().equals(input.accountSaId())) {
            problem = "not on the " + board.name() + " board (region " + sa.region() + ")";
        } else {
            Optional<String> conflict = input.window().conflictWith(sa.absences());
            if (conflict.isPresent()) {
                problem = conflict.get();
            } else if (sa.workload().add(input.weight()).compareTo(sa.capacity()) > 0) {
                problem = "over capacity: open workload " + number(sa.workload()) + " + this request "
                        + number(input.weight()) + " exceeds capacity " + number(sa.capacity());
            }
        }
        return new Evaluation(sa, matches, problem);
    }

    /** @return why the account's SA does not keep the request, or null when it does */
    private String stickyRejection(AssignmentInput input, Optional<Evaluation> accountSa,
            List<Evaluation> evaluations) {
        if (accountSa.isEmpty()) {
            return "the account's SA " + input.accountSaId() + " is not an SA of the roster";
        }
        Evaluation current = accountSa.get();
        if (!current.eligible()) {
            return "the account's SA " + input.accountSaId() + " is " + current.problem();
        }
        Optional<Evaluation> deeper = evaluations.stream()
                .filter(Evaluation::eligible)
                .filter(other -> other.matches() - current.matches() >= policy.expertiseAdvantage())
                .max(Comparator.comparingInt(Evaluation::matches));
        return deeper.map(other -> "the account's SA " + input.accountSaId() + " matches " + current.matches()
                + " of the topics " + input.topics().stream().sorted().toList() + " and " + other.sa().saId()
                + " matches " + other.matches()).orElse(null);
    }

    private AssignmentDecision sticky(AssignmentInput input, Evaluation current, List<Evaluation> evaluations,
            Map<String, Object> inputs) {
        List<RankedCandidate> candidates = new ArrayList<>();
        candidates.add(candidate(current, 1, null));
        for (Evaluation evaluation : evaluations) {
            if (evaluation != current) {
                candidates.add(candidate(evaluation, null, evaluation.eligible()
                        ? "the account's SA " + current.sa().saId() + " keeps the account"
                        : evaluation.problem()));
            }
        }
        String message = current.sa().saId() + " is the account's SA and keeps it (one technical contact): available"
                + " on " + days(input.window()) + ", within capacity (workload " + number(current.sa().workload())
                + " + " + number(input.weight()) + " of " + number(current.sa().capacity())
                + "), and no available SA matches " + policy.expertiseAdvantage() + " or more topics more.";
        return new AssignmentDecision(current.sa().saId(), STICKY, message, candidates, true, inputs);
    }

    private AssignmentDecision ranked(AssignmentInput input, List<Evaluation> ranked, List<Evaluation> evaluations,
            String stickyRejection, boolean cover, Map<String, Object> inputs) {
        Evaluation winner = ranked.get(0);
        List<RankedCandidate> candidates = new ArrayList<>();
        candidates.add(candidate(winner, 1, null));
        for (int i = 1; i < ranked.size(); i++) {
            Evaluation other = ranked.get(i);
            String because = "ranked below " + winner.sa().saId() + ": " + comparison(decidingFactor(winner, other),
                    winner, other);
            if (other.sa().saId().equals(input.accountSaId())) {
                because = stickyRejection + "; " + because;
            }
            candidates.add(candidate(other, i + 1, because));
        }
        evaluations.stream().filter(evaluation -> !evaluation.eligible())
                .forEach(evaluation -> candidates.add(candidate(evaluation, null, evaluation.problem())));
        String message;
        String rule;
        if (ranked.size() == 1) {
            rule = RANKED + ".only-candidate";
            message = winner.sa().saId() + " is the only available SA within capacity.";
        } else {
            Factor factor = decidingFactor(winner, ranked.get(1));
            rule = RANKED + "." + factor.ruleSuffix;
            message = winner.sa().saId() + " ranked first of " + ranked.size() + " available SAs within capacity; "
                    + "against " + ranked.get(1).sa().saId() + " the " + factor.ruleSuffix + " rule decided: "
                    + comparison(factor, winner, ranked.get(1)) + ".";
        }
        if (stickyRejection != null) {
            message = "Not kept by the account's SA because " + stickyRejection + ". " + message;
        }
        if (cover) {
            message += " " + winner.sa().saId() + " covers this request for the account's SA " + input.accountSaId()
                    + ", who keeps the account and gets its next requests back when available.";
        }
        return new AssignmentDecision(winner.sa().saId(), rule, message, candidates, true, inputs);
    }

    private AssignmentDecision unplaceable(AssignmentInput input, List<Evaluation> evaluations,
            String stickyRejection, Map<String, Object> inputs) {
        List<RankedCandidate> candidates = evaluations.stream()
                .map(evaluation -> candidate(evaluation, null, evaluation.problem())).toList();
        String why = "No SA is available within capacity on " + days(input.window())
                + (stickyRejection != null ? " (" + stickyRejection + ")" : "") + ".";
        String triageSa = input.triageSaId();
        if (triageSa != null && !input.excluded().contains(triageSa)) {
            return new AssignmentDecision(triageSa, TRIAGE_SA, why + " The triage SA of the week, " + triageSa
                    + ", owns it until it can be placed.", candidates, false, inputs);
        }
        return new AssignmentDecision(null, UNPLACED, why + " No triage SA is on duty: it stays in the backlog.",
                candidates, false, inputs);
    }

    private static Factor decidingFactor(Evaluation winner, Evaluation other) {
        if (winner.matches() != other.matches()) {
            return Factor.EXPERTISE;
        }
        if (winner.sa().workload().compareTo(other.sa().workload()) != 0) {
            return Factor.WORKLOAD;
        }
        if (!Objects.equals(winner.sa().lastAssignedAt(), other.sa().lastAssignedAt())) {
            return Factor.RECENCY;
        }
        return Factor.SA_ID;
    }

    private static String comparison(Factor factor, Evaluation winner, Evaluation other) {
        return switch (factor) {
            case EXPERTISE -> "expertise matches " + winner.matches() + " vs " + other.matches();
            case WORKLOAD -> "same expertise matches (" + winner.matches() + "), weighted workload "
                    + number(winner.sa().workload()) + " vs " + number(other.sa().workload());
            case RECENCY -> "same expertise and workload, last assigned " + lastAssigned(winner) + " vs "
                    + lastAssigned(other);
            case SA_ID -> "equal on expertise, workload and last assignment; the SA id breaks the tie";
        };
    }

    private static String lastAssigned(Evaluation evaluation) {
        return evaluation.sa().lastAssignedAt() == null ? "never" : evaluation.sa().lastAssignedAt().toString();
    }

    private static RankedCandidate candidate(Evaluation evaluation, Integer rank, String passedOverBecause) {
        return new RankedCandidate(evaluation.sa().saId(), rank, evaluation.matches(), evaluation.sa().workload(),
                evaluation.sa().lastAssignedAt(), passedOverBecause);
    }

    private static Map<String, Object> inputs(AssignmentInput input) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("topics", input.topics().stream().sorted().toList());
        inputs.put("engagementDays", input.window().days().stream().map(Object::toString).toList());
        inputs.put("anyDaySuffices", input.window().anyDaySuffices());
        inputs.put("engagementLengthDays", input.window().lengthInDays());
        inputs.put("requestWeight", input.weight());
        inputs.put("accountSaId", input.accountSaId());
        inputs.put("triageSaId", input.triageSaId());
        inputs.put("excluded", input.excluded().stream().sorted().toList());
        inputs.put("accountRegion", input.accountRegion());
        inputs.put("board", input.board() == null ? null : input.board().name());
        return inputs;
    }

    private static String days(EngagementWindow window) {
        return (window.anyDaySuffices() ? "any of " : "") + window.days().stream().map(Object::toString).toList()
                + (window.lengthInDays() > 1 ? " for " + window.lengthInDays() + " days" : "");
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
