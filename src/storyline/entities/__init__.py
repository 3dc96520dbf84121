"""Entity stage (cross-document): one entity per real actor, whatever the spelling.

requires: Documents with mentions (names with types and titles; role phrases with `ref`)
assigns:  Entity records: canonical name, type, aliases, roles with sources, mentions, outlets
"""
from .resolve import resolve, role_names

NAME, VERSION = "entities", "2"

__all__ = ["resolve", "role_names", "NAME", "VERSION"]
