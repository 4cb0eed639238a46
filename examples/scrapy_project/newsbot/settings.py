# Scrapy settings of the example project: the usual ones, then newsclean's pipeline.
BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"                     # DEBUG would print every item

# clean the page each item holds into Article fields on the item
ITEM_PIPELINES = {"newsclean.scrapy.NewscleanPipeline": 300}

NEWSCLEAN_SOURCE_FIELD = "html"        # the item field holding the page: str, bytes or the response
NEWSCLEAN_URL_FIELD = "url"
NEWSCLEAN_FIELDS = ["title", "authors", "contributors", "published", "language", "body", "tags", "warnings"]
NEWSCLEAN_REFERENCE_DATE = "crawl"     # "3 days ago" counts from the crawl time
NEWSCLEAN_ON_ERROR = "keep"            # keep a page that cannot be cleaned, with newsclean_error set ("drop" drops it)
NEWSCLEAN_ON_EMPTY = "keep"            # keep a page without an article, with an empty body ("drop" drops it)
NEWSCLEAN_KEEP_SOURCE = False          # do not export the raw HTML
