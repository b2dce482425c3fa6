"""Session actions for nodes, enrolment and jobs (owned by the nodes room)."""


class NodeActions:
    """Mixin of `Session`: nodes, enrolment, jobs."""
