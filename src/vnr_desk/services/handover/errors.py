"""Why a handover bundle or a write to a handed-over case was refused. Each has its own
message key; exit codes: 9 a handover refused (unknown sender, not for this vault, the
reference taken, a choice still owed), 4 a damaged bundle (as for a damaged vault)."""

from __future__ import annotations

from vnr_desk.services.errors import ServiceError


class HandoverRefused(ServiceError):
    exit_code = 9
    message_key = "handover_refused"


class UnknownSender(HandoverRefused):
    """Signed by a key that is not on the colleague list (the message names its fingerprint)."""

    message_key = "handover_unknown_sender"


class NotForThisVault(HandoverRefused):
    """Encrypted to someone else's key: this vault cannot open it."""

    message_key = "handover_not_for_you"


class Retargeted(HandoverRefused):
    """Opened here, but signed for another recipient: someone re-encrypted it."""

    message_key = "handover_retargeted"


class ReferenceTaken(HandoverRefused):
    """A different case already has this reference here. The parts are kept apart so the
    window can say it in the caseworker's language (the message itself is for logs)."""

    message_key = "handover_reference_taken"

    def __init__(self, reference: str, here_opened: str, sender: str, theirs_opened: str) -> None:
        super().__init__(
            f"{reference} (opened {here_opened}) / "
            f"{reference} from {sender} (opened {theirs_opened})"
        )
        self.reference = reference
        self.here_opened = here_opened
        self.sender = sender
        self.theirs_opened = theirs_opened


class AlreadyReceived(HandoverRefused):
    message_key = "handover_already_received"


class ChoiceNeeded(HandoverRefused):
    """A case coming back differs from the copy here: the receiver chooses per field."""

    message_key = "handover_choice_needed"


class CaseHandedOver(ServiceError):
    """The case was handed over and is kept read-only here."""

    message_key = "case_handed_over"


class BundleDamaged(ServiceError):
    exit_code = 4
    message_key = "handover_damaged"


class BundleTruncated(BundleDamaged):
    message_key = "handover_truncated"


class BadSignature(BundleDamaged):
    message_key = "handover_bad_signature"


class NotABundle(BundleDamaged):
    message_key = "handover_not_a_bundle"
