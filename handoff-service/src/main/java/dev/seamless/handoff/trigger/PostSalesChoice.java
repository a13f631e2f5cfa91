package dev.seamless.handoff.trigger;

import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;

/**
 * The post-sales path an opportunity rule chose, announced as {@code PostSalesPathDecided} when its handoff starts.
 * {@code provisional} when the account was not known yet; {@code supersedesDecisionId} names the decision this one
 * replaces once it is.
 */
public record PostSalesChoice(PostSalesMoment moment, PostSalesPath path, boolean provisional,
        String supersedesDecisionId) {

    static PostSalesChoice of(PostSalesMoment moment, PostSalesPath path, boolean provisional) {
        return new PostSalesChoice(moment, path, provisional, null);
    }

    public PostSalesChoice superseding(String decisionId) {
        return new PostSalesChoice(moment, path, provisional, decisionId);
    }
}
