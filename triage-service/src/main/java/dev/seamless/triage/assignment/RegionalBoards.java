package dev.seamless.triage.assignment;

import java.util.List;
import java.util.Optional;

/** The configured regional triage boards; a region belongs to at most one of them. */
public record RegionalBoards(List<RegionalBoard> boards) {

    public RegionalBoards {
        boards = List.copyOf(boards);
        for (RegionalBoard board : boards) {
            for (String region : board.regions()) {
                long owners = boards.stream().filter(other -> other.serves(region)).count();
                if (owners > 1) {
                    throw new IllegalArgumentException("region '" + region + "' is on more than one triage board");
                }
            }
        }
    }

    /** @return the board of the region, empty when the region is unknown or on no board */
    public Optional<RegionalBoard> of(String region) {
        return boards.stream().filter(board -> board.serves(region)).findFirst();
    }
}
