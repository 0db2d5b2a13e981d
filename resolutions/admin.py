"""Django admin: browse and inspect stored resolutions."""

from django.contrib import admin

from resolutions.models import (
    AgendaItem,
    Citation,
    Footnote,
    Paragraph,
    Resolution,
    SourceFile,
)


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fields = ("position", "anchor", "kind", "number", "label", "lead", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Resolution)
class ResolutionAdmin(admin.ModelAdmin):
    list_display = ("symbol", "language", "session", "title", "adopted_on", "committee")
    list_filter = ("session", "language", "committee")
    search_fields = ("symbol", "title")
    ordering = ("-session", "number_sort", "language")
    readonly_fields = ("source", "created_at", "updated_at", "warnings")
    filter_horizontal = ("agenda_items",)
    inlines = [ParagraphInline]


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ("session", "code", "language", "title")
    list_filter = ("session", "language")
    search_fields = ("code", "title")


@admin.register(Footnote)
class FootnoteAdmin(admin.ModelAdmin):
    list_display = ("resolution", "marker", "text")
    search_fields = ("resolution__symbol", "text")
    raw_id_fields = ("resolution", "paragraph")


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ("symbol", "kind", "resolution", "text", "cited")
    list_filter = ("kind",)
    search_fields = ("symbol", "resolution__symbol")
    raw_id_fields = ("resolution", "paragraph", "footnote", "cited")


@admin.register(SourceFile)
class SourceFileAdmin(admin.ModelAdmin):
    list_display = ("filename", "format", "size", "sha256", "received_at")
    list_filter = ("format",)
    search_fields = ("filename", "sha256")
    exclude = ("content",)
    readonly_fields = ("filename", "format", "size", "sha256", "received_at")

    def has_delete_permission(self, request, obj=None):
        return False  # nothing stored is ever lost
