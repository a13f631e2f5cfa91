-- A cancelled handoff (HandoffCancelled) withdraws the journey emails still waiting on its decisions.
create index post_sales_decision_handoff on post_sales_decision (handoff_id);
