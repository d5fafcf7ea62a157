// The scripts `okr completion <shell>` prints. Each is a thin adapter: it hands the words on
// the line to `okr completion __complete` (in OKR_COMPLETE_WORDS, one per line, and the index
// of the word under the cursor in OKR_COMPLETE_CWORD) and shows the lines that come back. A
// first line of `:file` or `:dir` asks the shell to complete paths itself.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell): string {
  return SCRIPTS[shell];
}

const BASH = `# okr completion for bash.
# Install: okr completion bash > /etc/bash_completion.d/okr   (or: source <(okr completion bash) in ~/.bashrc)
_okr() {
  local IFS=$'\\n' out cur="\${COMP_WORDS[COMP_CWORD]}"
  out=$(OKR_COMPLETE_CWORD="$COMP_CWORD" OKR_COMPLETE_WORDS="\${COMP_WORDS[*]}" "\${COMP_WORDS[0]}" completion __complete 2>/dev/null) || return 0
  COMPREPLY=()
  case "\${out%%$'\\n'*}" in
    :file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    :dir) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) [[ -n "$out" ]] && mapfile -t COMPREPLY <<< "$out" ;;
  esac
  return 0
}
complete -F _okr okr
`;

const ZSH = `#compdef okr
# okr completion for zsh.
# Install: okr completion zsh > "\${fpath[1]}/_okr"   (or: source <(okr completion zsh) after compinit)
_okr() {
  local out
  local -a candidates
  out=$(OKR_COMPLETE_CWORD=$((CURRENT - 1)) OKR_COMPLETE_WORDS="\${(pj:\\n:)words}" "\${words[1]}" completion __complete 2>/dev/null) || return 1
  [[ -n "$out" ]] || return 1
  candidates=("\${(@f)out}")
  case "\${candidates[1]}" in
    :file) _files ;;
    :dir) _files -/ ;;
    *) compadd -- "\${candidates[@]}" ;;
  esac
}
if [[ "\${funcstack[1]}" = "_okr" ]]; then
  _okr "$@"
else
  compdef _okr okr
fi
`;

const FISH = `# okr completion for fish.
# Install: okr completion fish > ~/.config/fish/completions/okr.fish
function __okr_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -lx OKR_COMPLETE_CWORD (count $tokens)
    set -lx OKR_COMPLETE_WORDS (string join \\n -- $tokens $current | string collect)
    set -l out ($tokens[1] completion __complete 2>/dev/null)
    switch "$out[1]"
        case :file
            __fish_complete_path $current
        case :dir
            __fish_complete_directories $current
        case '*'
            printf '%s\\n' $out
    end
end
complete -c okr -f -a '(__okr_complete)'
`;

const SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };
