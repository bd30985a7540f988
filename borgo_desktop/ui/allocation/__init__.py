"""Allocation screens: the plan (quota board + pipeline) and a household's pipeline panels."""

from borgo_desktop.ui.allocation.board import AllocationPage
from borgo_desktop.ui.allocation.move_in_panel import MoveInPanel
from borgo_desktop.ui.allocation.pipeline_panel import PipelinePanel

__all__ = ["AllocationPage", "MoveInPanel", "PipelinePanel"]
