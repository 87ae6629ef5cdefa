"""The cache backend for Redis that degrades instead of failing.

Redis holds the platform's cache and the cached copy of sessions; neither is the record of
anything (sessions are also in the database, see SESSION_ENGINE). So while Redis is
unreachable the site answers as if the cache were empty, slower but without an error, and
logs a warning; it uses Redis again as soon as it is back. Proved by
``tests/faults/test_redis_outage.py``.
"""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class OneClientRedisCacheClient(RedisCacheClient):
    """Django's Redis cache client, keeping one ``redis.Redis`` per connection pool.

    Django builds a new ``redis.Redis`` object around its pool for every cache call, which
    costs about as much as a round trip to a local Redis; a ``redis.Redis`` is safe to share
    between threads (each command takes a connection from the pool), so one per pool serves
    the whole process.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class DegradingRedisCache(RedisCache):
    """Django's Redis cache, answering like an empty cache while Redis is unreachable.

    ``add`` answers True in an outage: callers use it to claim something once, and
    refusing every claim would stop their work instead of merely losing its deduplication.
    Connections time out after a second unless OPTIONS says otherwise, so a hung Redis
    slows a request by at most that.
    """

    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        options.setdefault("socket_connect_timeout", 1)
        options.setdefault("socket_timeout", 1)
        super().__init__(server, params)
        self._class = OneClientRedisCacheClient

    def _degrade(self, default, method, *args, **kwargs):
        try:
            return method(*args, **kwargs)
        except UNREACHABLE as error:
            logger.warning("Redis cache unreachable, answering without it: %s", error)
            return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade(True, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._degrade(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._degrade(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._degrade(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._degrade({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._degrade(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        return self._degrade(delta, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade([], super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        self._degrade(None, super().delete_many, keys, version)

    def clear(self):
        return self._degrade(False, super().clear)
