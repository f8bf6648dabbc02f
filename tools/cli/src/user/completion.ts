// `kw completion bash|zsh|fish`: a script completing the command words (and each
// command's options), made from the program's own command tree so it never lags behind.
import type { Command } from 'commander';

type Node = { path: string[]; words: string[] };

function walk(command: Command, path: string[] = []): Node[] {
  const options = command.options.filter((o) => !o.hidden).flatMap((o) => [o.long, o.short].filter((x): x is string => !!x));
  const subcommands = command.commands.map((c) => c.name());
  return [{ path, words: [...subcommands, ...options] }, ...command.commands.flatMap((c) => walk(c, [...path, c.name()]))];
}

export function completionScript(program: Command, shell: 'bash' | 'zsh' | 'fish'): string {
  const nodes = walk(program);
  if (shell === 'fish') {
    return nodes.map((n) => {
      const condition = n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${n.path[n.path.length - 1]}`;
      return n.words.map((w) => `complete -c kw -f -n '${condition}' -a '${w}'`).join('\n');
    }).filter(Boolean).join('\n') + '\n';
  }
  const cases = nodes.map((n) => `    "${n.path.join(' ')}") words="${n.words.join(' ')}" ;;`).join('\n');
  const body = `_kw_words() {
  local path="$1" words=""
  case "$path" in
${cases}
  esac
  echo "$words"
}
_kw() {
  local cur path="" i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) if [[ -n "$(_kw_words "\${path:+$path }\${COMP_WORDS[i]}")" ]]; then path="\${path:+$path }\${COMP_WORDS[i]}"; fi ;; esac
  done
  COMPREPLY=($(compgen -W "$(_kw_words "$path")" -- "$cur"))
}
`;
  if (shell === 'zsh') return `autoload -U +X bashcompinit && bashcompinit\n${body}complete -F _kw kw\n`;
  return `${body}complete -F _kw kw\n`;
}
