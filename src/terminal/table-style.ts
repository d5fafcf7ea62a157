// How okr's terminal tables are drawn when colour is on: bold heads, grey borders. cli-table3
// would paint them with @colors/colors, which decides from the process's own argv and
// environment; okr decides per output stream (terminal/color.ts), so they are painted here
// with the command's chalk instance and cli-table3 is given no style of its own.

import type { ChalkInstance } from 'chalk';

const BORDERS = {
  top: '─', 'top-mid': '┬', 'top-left': '┌', 'top-right': '┐',
  bottom: '─', 'bottom-mid': '┴', 'bottom-left': '└', 'bottom-right': '┘',
  left: '│', 'left-mid': '├', mid: '─', 'mid-mid': '┼', right: '│', 'right-mid': '┤', middle: '│',
};

export function tableStyle(color: ChalkInstance, head: string[]) {
  return {
    head: head.map((text) => (text === '' ? text : color.bold(text))),
    chars: Object.fromEntries(Object.entries(BORDERS).map(([name, char]) => [name, color.grey(char)])),
    style: { head: [], border: [] },
  };
}
