"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from vnr_desk.domain.audit import AuditEntry
from vnr_desk.domain.base import Base
from vnr_desk.domain.case import Case
from vnr_desk.domain.meta import VaultMeta
from vnr_desk.domain.note import Note

__all__ = ["AuditEntry", "Base", "Case", "Note", "VaultMeta"]
