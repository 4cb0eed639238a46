"""Follows every link of a start page (a section front, an index, a sitemap rendered as HTML)
and hands each linked page to newsclean's pipeline (see ../settings.py)."""

import scrapy


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, start_url: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [start_url]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_page)

    def parse_page(self, response):
        # the response itself: the pipeline reads its text (decoded with the HTTP charset), its URL
        # and its Date header (the crawl time), then removes it from the item.
        # Or put the page in the item yourself: {"url": response.url, "html": response.text}
        yield {"html": response}
