"""Page-number pagination with a client-chosen, bounded page size."""

from rest_framework.pagination import PageNumberPagination


class StandardPagination(PageNumberPagination):
    """``?page=2&page_size=100``; the size is capped so one page stays cheap."""

    page_size_query_param = "page_size"
    max_page_size = 200
