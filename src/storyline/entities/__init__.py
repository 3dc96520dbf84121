"""Entity stage (cross-document): one entity per real actor, whatever the spelling.

requires: Documents with mentions (names with types and titles; role phrases with `ref`)
assigns:  Entity records: canonical name, type, aliases, roles with sources, mentions, outlets
"""
from .local import PLACE_TYPES
from .resolve import entity_at, resolve, role_names

NAME, VERSION = "entities", "7"

__all__ = ["entity_at", "resolve", "role_names", "PLACE_TYPES", "NAME", "VERSION"]
