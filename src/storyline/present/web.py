"""`storyline serve`: the account as a live web UI and a JSON API (FastAPI, an ASGI app).

Every HTML page has a JSON twin under /api with the same view (views.py); /openapi.json
describes the API. Each request opens its own read-only SQLite connection, so the server can never
change the database and a build can run beside it. No page loads anything from the network
(the interactive API docs, which fetch scripts from a CDN, are switched off)."""

from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from ..store import Store, StoreError
from .render import Links, SearchLinks, render
from .views import NotFound, PER_PAGE, actor_view, report_view, search_view, story_index, story_view

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
Page = Annotated[int, Query(ge=1, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="items per page")]


def create_app(db: str) -> FastAPI:
    Store(db, readonly=True).close()  # fail at start, with the file named, not on the first request
    app = FastAPI(title="Storyline", version="1", docs_url=None, redoc_url=None,
                  description="The sourced account of a Storyline database: stories, timeline, actors, "
                              "quotes, claims and reports. Every fact carries {doc, start, end} spans.")

    def store() -> Iterator[Store]:
        try:
            opened = Store(db, readonly=True)
        except StoreError as exc:
            raise HTTPException(503, str(exc)) from None
        try:
            yield opened
        finally:
            opened.close()

    Db = Annotated[Store, Depends(store)]

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def view(make, *args) -> dict[str, Any]:
        try:
            return make(*args)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None

    def page(template: str, title: str, twin: str, v: dict[str, Any], links: Links = Links(), **extra) -> HTMLResponse:
        return HTMLResponse(render(template, v=v, links=links, title=title, json_twin=twin, **extra))

    # ---- JSON API ---------------------------------------------------------------------------
    @app.get("/api/stories", tags=["api"], summary="Stories, paged")
    def api_stories(db: Db, page: Page = 1, per_page: PerPage = PER_PAGE) -> dict[str, Any]:
        return story_index(db, page, per_page)

    @app.get("/api/stories/{story_id}", tags=["api"], summary="A story: summary, timeline, actors, quotes, claims, framing")
    def api_story(db: Db, story_id: str) -> dict[str, Any]:
        return view(story_view, db, story_id)

    @app.get("/api/reports/{doc_id}", tags=["api"], summary="A report with its sections, entities, dates and quotes")
    def api_report(db: Db, doc_id: str) -> dict[str, Any]:
        return view(report_view, db, doc_id)

    @app.get("/api/actors/{entity_id}", tags=["api"], summary="An actor: names, roles, mentions, quotes, stories")
    def api_actor(db: Db, entity_id: str) -> dict[str, Any]:
        return view(actor_view, db, entity_id)

    @app.get("/api/search", tags=["api"], summary="Full-text search over reports, quotes and actors")
    def api_search(db: Db, q: Annotated[str, Query(max_length=500)] = "",
                   kind: Annotated[str | None, Query(pattern="^(report|quote|actor)$")] = None,
                   page: Page = 1, per_page: PerPage = PER_PAGE) -> dict[str, Any]:
        return search_view(db, q, kind, page, per_page)

    # ---- HTML pages (each names its JSON twin) -------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(db: Db, page_number: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        return page("index.html", "Stories", f"/api/stories?page={page_number}", story_index(db, page_number))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story(db: Db, story_id: str) -> HTMLResponse:
        v = view(story_view, db, story_id)
        return page("story.html", v["story"]["title"] or story_id, f"/api/stories/{story_id}", v)

    @app.get("/reports/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def report(db: Db, doc_id: str) -> HTMLResponse:
        v = view(report_view, db, doc_id)
        return page("report.html", v["report"]["title"] or doc_id, f"/api/reports/{doc_id}", v)

    @app.get("/actors/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor(db: Db, entity_id: str) -> HTMLResponse:
        v = view(actor_view, db, entity_id)
        return page("actor.html", v["actor"]["name"], f"/api/actors/{entity_id}", v)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(db: Db, q: Annotated[str, Query(max_length=500)] = "",
               kind: Annotated[str | None, Query(pattern="^(report|quote|actor)$")] = None,
               page_number: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        v = search_view(db, q, kind, page_number)
        return page("search.html", f"Search {q}", "/api/search?" + urlencode({"q": q} | ({"kind": kind} if kind else {})), v, SearchLinks(q, kind), query=q)

    @app.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        html = render("error.html", links=Links(), json_twin=None, query=None,
                      status=exc.status_code, message=str(exc.detail))
        return HTMLResponse(html, status_code=exc.status_code)

    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
