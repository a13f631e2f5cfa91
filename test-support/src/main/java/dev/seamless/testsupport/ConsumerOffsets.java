package dev.seamless.testsupport;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What a consumer group has applied, read from its committed offsets. */
public final class ConsumerOffsets {

    private ConsumerOffsets() {
    }

    /**
     * Whether the group has committed offsets up to the current end of each partition: every record written there so
     * far has been applied (the services commit after applying). An empty partition counts as consumed.
     */
    public static boolean committedToEnd(Admin admin, String group, Collection<TopicPartition> partitions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get();
        return partitions.stream().allMatch(partition -> end.get(partition).offset() == 0
                || (committed.get(partition) != null
                        && committed.get(partition).offset() >= end.get(partition).offset()));
    }
}
