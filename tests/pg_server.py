"""A throw-away PostgreSQL + PostGIS server for the tests: its own cluster, a free port on 127.0.0.1."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


def _bin(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="bassins_pg_")
        self.data = os.path.join(self.dir, "data")
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else None

    def _run(self, args, **kw):
        if self.user:
            args = ["runuser", "-u", self.user, "--"] + args
        return subprocess.run(args, check=True, capture_output=True, text=True, **kw)

    def start(self):
        if not _bin("initdb"):
            raise RuntimeError("PostgreSQL is not installed (scripts/setup.sh installs it)")
        if self.user:
            shutil.chown(self.dir, self.user, self.user)
        self._run([_bin("initdb"), "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync"])
        self._run([_bin("pg_ctl"), "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                   f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
        for _ in range(50):
            try:
                self.psql("SELECT 1")
                break
            except subprocess.CalledProcessError:
                time.sleep(0.2)
        self.psql("CREATE DATABASE bassins")
        self.psql("CREATE EXTENSION postgis", db="bassins")
        return self

    def psql(self, sql, db="postgres"):
        return self._run([_bin("psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", db,
                          "-v", "ON_ERROR_STOP=1", "-At", "-c", sql]).stdout

    def uri(self, db="bassins"):
        return f"host=127.0.0.1 port={self.port} dbname={db} user=postgres sslmode=disable"

    def stop(self):
        try:
            self._run([_bin("pg_ctl"), "-D", self.data, "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
