package main

// Shell completion: cobra's completion command and __complete protocol,
// plus what only vetted knows: the therapists' names for --for and each
// command's formats for --format.

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// completionExample shows how to load the completions, shell by shell.
const completionExample = `  source <(vetted completion bash)                 in this bash session
  vetted completion bash > ~/.local/share/bash-completion/completions/vetted
  vetted completion zsh > "${fpath[1]}/_vetted"
  vetted completion fish > ~/.config/fish/completions/vetted.fish
  vetted completion powershell | Out-String | Invoke-Expression`

// initCompletionCmd adds cobra's completion command (bash, zsh, fish,
// powershell) to root now rather than at run time, so that its help has
// the house wording and it shows in vetted --help.
func initCompletionCmd(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Short = "print a script that completes vetted's commands, options and therapists' names in bash, zsh, fish or powershell"
		c.Example = completionExample
		// Runnable, so that an unknown shell is a usage error rather
		// than cobra's help and status 0.
		c.Args = func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("unknown shell %q: use bash, zsh, fish or powershell", args[0])
			}
			return nil
		}
		c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		for _, shell := range c.Commands() {
			shell.Example = "  vetted completion " + shell.Name()
		}
	}
}

// completeFormats offers formats when --format of c is completed.
func completeFormats(c *cobra.Command, formats []string) {
	_ = c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
}

// completeTherapists offers the therapists' names when --for of c is
// completed, each with its ID as the description.
func completeTherapists(c *cobra.Command) {
	_ = c.RegisterFlagCompletionFunc("for", func(c *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		file, _ := c.Flags().GetString("file")
		useDemo, _ := c.Flags().GetBool("demo")
		return therapistNames(file, useDemo, toComplete), cobra.ShellCompDirectiveNoFileComp
	})
}

// therapistNames lists "name<TAB>ID" for each therapist in the notebook
// (--file, else the default path; the demo with useDemo) whose name starts
// with prefix, in any case. It reads a plain notebook with the read-only
// reader; an encrypted or unreadable one, or anything but a regular file,
// offers nothing, and nothing ever asks for a passphrase or waits:
// completion runs as the person types.
func therapistNames(file string, useDemo bool, prefix string) []string {
	var nb *store.Notebook
	if useDemo {
		nb = demo.Notebook()
	} else {
		path, err := notebookPath(file)
		if err != nil {
			return nil
		}
		// Only a regular file: opening a named pipe would wait for a
		// writer, and the shell with it.
		if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
			return nil
		}
		if nb, err = disk.Read(path); err != nil {
			return nil
		}
	}
	var names []string
	for _, t := range nb.Therapists {
		// Names come from the file: no control character may reach the
		// shell, and a tab would end the name early.
		name := strings.TrimSpace(safetext.Line(t.Name))
		if name == "" || !strings.HasPrefix(strings.ToLower(name), strings.ToLower(prefix)) {
			continue
		}
		names = append(names, name+"\t"+safetext.Line(t.ID))
	}
	return names
}
