package dev.seamless.events.validation;

import java.util.List;

/** Defaults applied in the event records' constructors. */
public final class Defaults {

    private Defaults() {
    }

    /** An absent list is an empty one; present lists are copied so that events stay immutable. */
    public static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
