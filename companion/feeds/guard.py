"""The SSRF guard for outgoing fetches (SECURITY.md 16): which addresses a feed or page may live on.

Checking a host name and then letting the HTTP library resolve it again leaves a DNS-rebinding gap
(the name can answer with a public address to the check and a private one to the connection). So
the guard is applied where the socket is opened: ``connect_pinned`` resolves the name once, checks
every address it got, and connects to exactly those checked addresses; ``guarded_session`` plugs it
into requests/urllib3. TLS still verifies the certificate against the host name. Every new
connection (each redirect hop to another host, each reconnect) resolves and checks again.
What is left: name resolution itself (getaddrinfo) runs under the system resolver's own timeouts.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.connection import create_connection

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud instance-metadata endpoints: refused even when private addresses are allowed, since no feed
# lives there and they hand out credentials (AWS/GCP/Azure/OpenStack, AWS IPv6, Alibaba, Azure wire server).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(text)
    for text in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "168.63.129.16", "169.254.170.2")
)
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")
ALLOW_PRIVATE_ENV = "COMPANION_ALLOW_PRIVATE_FEEDS"

Resolver = Callable[[str, int], list[str]]
SocketHook = Callable[[socket.socket], None]


class FetchError(Exception):
    """A fetch that was refused or failed; ``str(error)`` is a message fit to show the user."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def allow_private_from_env() -> bool:
    """True when COMPANION_ALLOW_PRIVATE_FEEDS=1 (or true/yes/on) lets feeds on private addresses through."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _embedded_ipv4(ip: IPAddress) -> IPAddress:
    """The IPv4 address hidden in an IPv4-mapped or NAT64 IPv6 address, else ``ip`` itself."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return ip.ipv4_mapped
        if ip in NAT64_PREFIX:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def address_refusal_reason(address: str, *, allow_private: bool = False) -> str | None:
    """Why ``address`` must not be fetched from ("a private address", ...), or None when it may be."""
    try:
        ip = _embedded_ipv4(ipaddress.ip_address(address.split("%", 1)[0].strip("[]")))
    except ValueError:
        return "not an IP address"
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if allow_private:
        return None
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "not a public address"),
    )
    return next((reason for failed, reason in checks if failed), None)


def resolve_host(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (IPv4 and IPv6), in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"could not resolve {host}: {error}") from error
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        if sockaddr[0] not in addresses:
            addresses.append(sockaddr[0])
    return addresses


@dataclass(frozen=True)
class AddressGuard:
    """Decides which addresses may be connected to; ``resolver`` is swappable so tests can fake DNS."""

    allow_private: bool = False
    resolver: Resolver = field(default=resolve_host)

    def refusal_reason(self, address: str) -> str | None:
        """Why ``address`` is refused, or None."""
        return address_refusal_reason(address, allow_private=self.allow_private)

    def check_address(self, address: str) -> None:
        """Raise FetchError("refused: 10.0.0.1 is a private address") for a refused address."""
        reason = self.refusal_reason(address)
        if reason:
            raise FetchError(f"refused: {address} is {reason}")

    def safe_addresses(self, host: str, port: int) -> list[str]:
        """Resolve ``host`` and return its addresses; refuse it if any address is refused, so a name
        that mixes public and private records cannot be used to reach the private one."""
        host = host.strip("[]")
        addresses = self.resolver(host, port)
        if not addresses:
            raise FetchError(f"could not resolve {host}")
        for address in addresses:
            self.check_address(address)
        return addresses


def connect_pinned(connection: HTTPConnection, guard: AddressGuard, on_socket: SocketHook | None = None):
    """Open the socket for ``connection`` to an address the guard checked (replaces urllib3's _new_conn)."""
    last_error: OSError | None = None
    for address in guard.safe_addresses(connection.host, connection.port):
        try:
            sock = create_connection(
                (address, connection.port),
                connection.timeout,
                source_address=connection.source_address,
                socket_options=connection.socket_options,
            )
        except TimeoutError as error:
            raise ConnectTimeoutError(connection, f"connection to {connection.host} timed out") from error
        except OSError as error:
            last_error = error
            continue
        if on_socket:
            on_socket(sock)
        return sock
    raise NewConnectionError(connection, f"Failed to establish a new connection: {last_error}")


def _pinned_pool_classes(guard: AddressGuard, on_socket: SocketHook | None) -> dict[str, type]:
    """urllib3 pool classes whose connections open their sockets through ``guard``."""

    class PinnedHTTPConnection(HTTPConnection):
        def _new_conn(self):
            return connect_pinned(self, guard, on_socket)

    class PinnedHTTPSConnection(HTTPSConnection):
        def _new_conn(self):
            return connect_pinned(self, guard, on_socket)

    class PinnedHTTPPool(HTTPConnectionPool):
        ConnectionCls = PinnedHTTPConnection

    class PinnedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = PinnedHTTPSConnection

    return {"http": PinnedHTTPPool, "https": PinnedHTTPSPool}


class _PinnedAdapter(HTTPAdapter):
    def __init__(self, guard: AddressGuard, on_socket: SocketHook | None) -> None:
        self.guard = guard  # set before super().__init__, which builds the pool manager
        self.on_socket = on_socket
        super().__init__(max_retries=0, pool_connections=1, pool_maxsize=1)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pinned_pool_classes(self.guard, self.on_socket)


def guarded_session(guard: AddressGuard, on_socket: SocketHook | None = None) -> requests.Session:
    """A requests session whose every connection goes through ``guard`` (no proxies, no retries)."""
    session = requests.Session()
    session.trust_env = False  # no proxies or .netrc credentials from the environment
    adapter = _PinnedAdapter(guard, on_socket)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
