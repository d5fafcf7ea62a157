#!/usr/bin/env python3
"""Runs a command in a real pseudo-terminal, for tests of interactive prompts.

Usage: pty-bridge.py COLS ROWS -- COMMAND [ARG...]

Bytes on this process's stdin are typed into the terminal (keystrokes); everything the
command writes to the terminal comes out on this process's stdout, unchanged. When the
command ends, this process exits with its exit code (128 + N when signal N killed it), the
way a shell reports it. The command's stdin, stdout and stderr are all the terminal, so it
sees isTTY on each of them, as it would for a person at a keyboard.
"""

import errno
import fcntl
import os
import pty
import select
import struct
import sys
import termios


def main() -> int:
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    command = sys.argv[sys.argv.index("--") + 1:]

    pid, master = pty.fork()
    if pid == 0:
        # In the child, fd 0 is the terminal: give it a size before the program reads it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(command[0], command)

    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    reading_stdin = True
    while True:
        sources = [master, stdin] if reading_stdin else [master]
        ready, _, _ = select.select(sources, [], [])
        if master in ready:
            try:
                data = os.read(master, 65536)
            except OSError as error:
                # Linux reports the end of the terminal as EIO once the child has gone.
                if error.errno != errno.EIO:
                    raise
                data = b""
            if not data:
                break
            os.write(stdout, data)
        if reading_stdin and stdin in ready:
            data = os.read(stdin, 65536)
            if data:
                os.write(master, data)
            else:
                # The test closed its end; the command keeps running until it ends itself.
                reading_stdin = False

    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


if __name__ == "__main__":
    sys.exit(main())
