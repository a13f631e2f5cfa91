package dev.seamless.triage.account;

import dev.seamless.events.Roles;
import dev.seamless.triage.api.ConflictException;
import dev.seamless.triage.api.InvalidInputException;
import dev.seamless.triage.assignment.AccountSa;
import dev.seamless.triage.roster.SolutionsArchitect;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** An account's own SA: who it is and how it changed; an SA leader transfers the account to another SA. */
@Path("/api/accounts/{accountId}/sa")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class AccountSaResource {

    /** Body of {@code PUT}: the account's SA from now on, and why. */
    public record TransferRequest(@NotBlank @Size(max = 64) String saId, @NotBlank @Size(max = 2000) String reason) {
    }

    @Inject
    AccountTransfers transfers;

    @Inject
    JsonWebToken caller;

    @GET
    public AccountSaView get(@PathParam("accountId") String accountId) {
        AccountSa current = AccountSa.findById(accountId);
        if (current == null) {
            throw new NotFoundException("no SA known for account " + accountId);
        }
        return view(current);
    }

    /**
     * Transfers the account: {@code AccountSaTransferred}, and its open requests the previous SA is engaged on move to
     * the new SA. {@code 400} naming {@code saId} unless it is an active SA of the roster, {@code 409} if the SA
     * already has the account.
     */
    @PUT
    @RolesAllowed({ Roles.SA_LEADER, Roles.ADMIN })
    @Transactional
    public AccountSaView transfer(@PathParam("accountId") String accountId,
            @Valid @NotNull TransferRequest request) {
        boolean activeSa = SolutionsArchitect.<SolutionsArchitect>findByIdOptional(request.saId())
                .filter(sa -> sa.active).isPresent();
        if (!activeSa) {
            throw new InvalidInputException("saId", "is not an active SA of the roster");
        }
        if (transfers.byLeader(accountId, request.saId(), request.reason(), caller.getSubject()).isEmpty()) {
            throw new ConflictException(request.saId() + " is already the SA of account " + accountId);
        }
        return view(AccountSa.findById(accountId));
    }

    private static AccountSaView view(AccountSa current) {
        List<AccountSaView.Transfer> history = AccountSaTransfer.of(current.accountId).stream()
                .map(AccountSaView.Transfer::of).toList();
        return new AccountSaView(current.accountId, current.saId, current.source, current.updatedAt, history);
    }
}
