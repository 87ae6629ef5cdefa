"""Settings shared by every environment.

Safe for production: nothing secret lives here, every service address comes from the
environment, and with nothing set the site runs on a laptop with SQLite, eager Celery tasks,
console e-mail and local media. ``dev``, ``test`` and ``production`` adjust from here.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Public address of the site, used in e-mails, the admin and (later) certificate links.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = "Go Global Academy"

INSTALLED_APPS = [
    # Project apps first so their templates override those of the libraries.
    "lms.accounts",
    "lms.programmes",
    "lms.reports",
    "lms.exports",
    "content",
    "content.assessments",
    "content.brandplan",
    "content.markets",
    "content.library",
    "courses",
    "lms.demo",
    "lms.backups",
    # Wagtail
    "wagtail.contrib.forms",
    "content.cdn.FrontendCacheConfig",  # wagtail.contrib.frontend_cache, purging only a CDN
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Everything else
    "django_countries",
    "django_celery_beat",
    "import_export",
    "rest_framework",
    "drf_spectacular",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are gzipped whatever the proxy in front does (static files come precompressed
    # from WhiteNoise above, so are never seen here). Django adds random padding against
    # BREACH (docs/offline.md).
    "django.middleware.gzip.GZipMiddleware",
    # A null character or an over-long query value gets a 400 page naming the parameter.
    "lms.http.RejectMalformedInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # An unprefixed learner address goes to the reader's language (their choice, else the
    # browser's); a signed-in user's choice is kept in the language cookie.
    "lms.accounts.language_middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.http.SecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "lms.accounts.middleware.StaffMFAMiddleware",
    "content.middleware.CachedSiteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Marks the pages the service worker may keep for offline reading (courses.offline).
    "courses.offline.middleware.OfflineReadingMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
# DATABASE_URL, e.g. postgres://user:pass@host:5432/name; SQLite in the project folder if unset.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# DATABASE_REPLICA_URL: a PostgreSQL read replica the reports count on (lms.db_routers);
# learners' pages, every write and migrations stay on DATABASE_URL. In tests it mirrors
# default, so the same rows are there.
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["lms.db_routers.ReportsReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- CDN in front of the anonymous pages (wagtail.contrib.frontend_cache) -----------------
# Publishing or unpublishing a page purges its addresses from the CDN at once. Name the CDN:
# FRONTEND_CACHE_PURGE_URL for any HTTP cache that accepts PURGE (Varnish, nginx, Fastly …),
# CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN for Cloudflare. Then the pages anonymous
# visitors read from the page cache (home, tracks, courses) tell the CDN it may keep them
# for CDN_PAGE_SECONDS; other pages an edit changes (a track listing its courses) follow
# within that time (docs/scaling.md).
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
    }
CDN_PAGE_SECONDS = env_int("CDN_PAGE_SECONDS", 600) if WAGTAILFRONTENDCACHE else 0

# --- Cache --------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Answers like an empty cache while Redis is down, instead of failing requests.
            "BACKEND": "lms.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "gga",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the database and are read through the cache (Redis in production), so a
# signed-in page view does not query the session table.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Celery -------------------------------------------------------------------------------
# A broker turns on real workers; without one, tasks run eagerly in the web process.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or REDIS_URL
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# Tasks are idempotent, so a task whose worker dies is safely run again by another.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Copied into django-celery-beat's tables when beat starts; edit intervals in the admin.
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {
        "task": "content.tasks.publish_scheduled_pages",
        "schedule": 60.0,
    },
    # Each due report subscription is built and e-mailed once per period, however often
    # this runs; hourly means a new month's reports leave within the hour.
    "send-scheduled-reports": {
        "task": "lms.reports.tasks_distribution.send_scheduled_reports",
        "schedule": 3600.0,
    },
    # The reports pages open first, counted ahead so the dashboard answers at once at
    # national scale (lms.reports.prepared); every REPORT_PREPARE_MINUTES.
    "prepare-reports": {
        "task": "lms.reports.tasks.prepare_reports",
        "schedule": 60.0 * max(1, env_int("REPORT_PREPARE_MINUTES", 60)),
    },
    # Certificates whose task was lost (broker down, queue lost) are sent again; the task is
    # idempotent, so nothing is rendered or e-mailed twice.
    "requeue-pending-certificates": {
        "task": "courses.tasks.requeue_pending_certificates",
        "schedule": 300.0,
    },
    # Trainers whose lessons are past their review date get one e-mail per week however often
    # this runs; daily means a lesson that falls due is mentioned within the day.
    "email-content-review-reminders": {
        "task": "courses.tasks.send_content_review_reminders",
        "schedule": 86400.0,
    },
}

# --- Authentication -----------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:dashboard"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# The profile form of lms.accounts plus an optional programme code (lms.programmes).
ACCOUNT_SIGNUP_FORM_CLASS = "lms.programmes.forms.ProgrammeSignupForm"
ACCOUNT_ADAPTER = "lms.accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Go Global Academy] "
# allauth's built-in rate limits stay on (its defaults); listed here so they are visible.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Go Global Academy"
# When true, staff roles (trainer, moderator, analyst, site admin) must set up TOTP and pass
# it in every session before any page (lms.accounts.middleware); on in production.
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", False)

# --- Clients behind proxies -----------------------------------------------------------------
# How many proxies of the deployment's own (load balancer, TLS terminator) stand in front of
# the app, each appending to X-Forwarded-For. 0: the peer address is the client. Every rate
# limit counts clients by lms.http.client_ip: allauth's (through the account adapter, and
# its own setting below) and django-ratelimit's.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
RATELIMIT_IP_META_KEY = "lms.http.client_ip"

# --- Internationalisation -----------------------------------------------------------------
LANGUAGE_CODE = "en"
# The interface ships complete in six languages (locale/<code>/LC_MESSAGES/django.po).
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("zh-hans", _("Simplified Chinese")),
    ("sw", _("Swahili")),
]
# Translated content with Wagtail's own localisation (wagtail.locales for the locales,
# wagtail.contrib.simple_translation to copy a page or snippet into another locale). Every
# interface language may hold content; a page not yet translated is served from its English
# source under the learner's prefix (content.routing), and learning records always belong to
# the English source page (courses.tree.source_page).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# No alias tree: untranslated pages fall back to their source instead of being mirrored
# (six locales of aliases would multiply the page tree by six for nothing).
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False
# The interface catalogues; locale/sw/vendor fills what django-allauth (no Swahili) and
# Django's own incomplete Swahili leave in English. The project catalogue, listed first, wins.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "sw" / "vendor"]
TIME_ZONE = "UTC"
USE_I18N = True
# One unambiguous date style ("1 Dec 2026", "1 Dec 2026, 18:49") for every |date and
# formats.date_format; Django's English "12/01/2026" reads as 12 January in most countries.
FORMAT_MODULE_PATH = ["lms.formats"]
# The language cookie (set by the chooser in the header) is read by the server only.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_TZ = True

# django-countries: list countries by their common names.
COUNTRIES_FIRST_BREAK = None

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")

# Media go to S3-compatible object storage when a bucket is named; to MEDIA_ROOT otherwise.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", True)
    AWS_S3_FILE_OVERWRITE = False
    _MEDIA_BACKEND = "storages.backends.s3.S3Storage"
else:
    _MEDIA_BACKEND = "django.core.files.storage.FileSystemStorage"
STORAGES = {
    "default": {"BACKEND": _MEDIA_BACKEND},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- E-mail -------------------------------------------------------------------------------
# SMTP when EMAIL_HOST is set; printed to the console otherwise.
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
else:
    EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Go Global Academy <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ------------------------------------------------------------------------------
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # passwords are managed through allauth
WAGTAILADMIN_COMMENTS_ENABLED = True
# No Gravatar: it would send a hash of every user's e-mail to a third party and break offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Certificates -------------------------------------------------------------------------
# The issuer named on certificates and in their Open Badges credentials.
CERTIFICATE_ISSUER_NAME = env_str("CERTIFICATE_ISSUER_NAME", WAGTAIL_SITE_NAME)
# Verification lookups per IP address (django-ratelimit syntax), so codes cannot be enumerated.
CERTIFICATE_VERIFY_RATE = env_str("CERTIFICATE_VERIFY_RATE", "30/m")
# LinkedIn's numeric company id, if the issuer has a page; else the issuer's name is sent.
CERTIFICATE_LINKEDIN_ORGANIZATION_ID = env_str("CERTIFICATE_LINKEDIN_ORGANIZATION_ID")
# A certificate whose task could not be queued (broker down) is sent again by beat after this.
CERTIFICATE_REQUEUE_AFTER = env_int("CERTIFICATE_REQUEUE_AFTER", 300)
# Downloads of a shared brand-plan PDF per client (django-ratelimit syntax).
BRANDPLAN_SHARED_PDF_RATE = env_str("BRANDPLAN_SHARED_PDF_RATE", "10/m")

# --- Content freshness (docs/content-review.md) ----------------------------------------------
# A check of a lesson, checklist or resource holds this long unless its author sets a date.
CONTENT_REVIEW_INTERVAL_DAYS = env_int("CONTENT_REVIEW_INTERVAL_DAYS", 180)
# A lesson this many days past its review date tells learners its rules may have changed.
CONTENT_STALE_NOTICE_AFTER_DAYS = env_int("CONTENT_STALE_NOTICE_AFTER_DAYS", 60)

# --- Reports ------------------------------------------------------------------------------
# Aggregate cells with fewer learners than this are suppressed in ministry reports.
REPORT_MIN_CELL = env_int("REPORT_MIN_CELL", 10)
# Published counts are rounded to a multiple of this, so two reports cannot be subtracted
# to recover a small hidden count exactly (docs/reports.md, "Disclosure control").
REPORT_ROUND_TO = env_int("REPORT_ROUND_TO", 5)
# A built report is reused this long, so a page and its downloads show the same numbers.
REPORT_CACHE_SECONDS = env_int("REPORT_CACHE_SECONDS", 300)
# Downloads not already on screen are built by Celery from this many enrollments up, and
# offered for this many seconds.
REPORT_EXPORT_BACKGROUND_ENROLLMENTS = env_int("REPORT_EXPORT_BACKGROUND_ENROLLMENTS", 200_000)
REPORT_EXPORT_TTL = env_int("REPORT_EXPORT_TTL", 3600)
# The dashboard's first views are counted ahead this often by Celery beat (0: never), and
# pages show how fresh they are; other views are counted on request, in the background from
# REPORT_EXPORT_BACKGROUND_ENROLLMENTS enrollments (docs/reports.md, "Prepared reports").
REPORT_PREPARE_MINUTES = env_int("REPORT_PREPARE_MINUTES", 60)

# --- Reports API (docs/reports.md, "API") ------------------------------------------------
# Read-only, token per analyst; no session authentication, so no CSRF surface.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["lms.reports.api.authentication.ReportTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_CLASSES": ["lms.reports.api.throttling.ReportAPIThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
# Calls per token holder (DRF rate syntax: N/second|minute|hour|day).
REPORTS_API_RATE = env_str("REPORTS_API_RATE", "120/minute")
SPECTACULAR_SETTINGS = {
    "TITLE": "Go Global Academy reports API",
    "DESCRIPTION": (
        "Aggregate enrollment, completion and certification figures for ministries' BI "
        "tools: the dashboard's numbers, with the same scope, suppression and rounding."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SCHEMA_PATH_PREFIX": "/api/reports/v1",
    "PREPROCESSING_HOOKS": ["lms.reports.api.schema.only_reports_api"],
}

# --- Programmes: bulk enrolment (docs/programmes.md) --------------------------------------
# Largest learner file a site admin may upload, the rows it may hold, and how far an XLSX
# (a zip archive) may unpack before it is refused as a zip bomb.
PROGRAMMES_IMPORT_MAX_BYTES = env_int("PROGRAMMES_IMPORT_MAX_BYTES", 5 * 1024 * 1024)
PROGRAMMES_IMPORT_MAX_ROWS = env_int("PROGRAMMES_IMPORT_MAX_ROWS", 20_000)
PROGRAMMES_IMPORT_MAX_UNZIPPED_BYTES = env_int(
    "PROGRAMMES_IMPORT_MAX_UNZIPPED_BYTES", 100 * 1024 * 1024
)

# --- Open Badges credentials (docs/openbadges.md) -------------------------------------------
# The RSA key that signs certificates' credentials: its PEM text, or the path of a PEM file.
# production.py refuses to start without one; dev and test create var/keys/openbadges.pem.
OPENBADGES_PRIVATE_KEY = env_str("OPENBADGES_PRIVATE_KEY")
OPENBADGES_KEY_FILE = env_str("OPENBADGES_KEY_FILE")
OPENBADGES_CREATE_KEY_FILE = False
# PEM public keys of retired signing keys, still published so older credentials verify.
OPENBADGES_PREVIOUS_PUBLIC_KEYS = env_str("OPENBADGES_PREVIOUS_PUBLIC_KEYS")

# --- Security defaults that hold everywhere ------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Django's default; the admin reads it from the form instead
X_FRAME_OPTIONS = "DENY"  # Wagtail allows its own preview iframe per view
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp) and Permissions-Policy, set by
# lms.http.SecurityPolicyMiddleware. Learner pages run no inline script and load everything
# from the site itself; media from object storage and video players are named below.
_CSP_MEDIA = env_list("CSP_MEDIA_SOURCES") or [
    f"https://{domain}" for domain in [env_str("AWS_S3_CUSTOM_DOMAIN")] if domain
]
_CSP_FRAMES = env_list(
    "CSP_FRAME_SOURCES",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_CSP_MEDIA],
        "media-src": ["'self'", *_CSP_MEDIA],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *_CSP_FRAMES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (and the page previews it frames) needs inline scripts and styles and
# blob: images; these directives replace the site's under ADMIN_PATH_PREFIXES.
ADMIN_PATH_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_CSP_MEDIA],
    "frame-ancestors": ["'self'"],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# Exports through django-import-export's formats strip a leading "="; every export also
# escapes formula-like cells itself (lms.accounts.spreadsheets).
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every page action and django_tasks every background step at INFO.
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint logs each rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}
