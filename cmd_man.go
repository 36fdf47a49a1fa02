package main

import (
	"fmt"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// manSections end the man page: what the help of each command does not
// repeat.
var manSections = []struct{ name, text string }{
	{"Exit status", "0 done; 1 the notebook or the output file could not be used (nothing was changed); 2 the command line was wrong."},
	{"Environment", "VETTED_FILE names the notebook when --file does not. " +
		"VETTED_PASSPHRASE gives the passphrase of an encrypted notebook to scripts, and VETTED_NEW_PASSPHRASE the new one for vetted passphrase. " +
		"VETTED_ACCESSIBLE=1 turns on the plain-line mode, like --accessible. " +
		"NO_COLOR turns colour off."},
	{"Files", "$XDG_DATA_HOME/vetted/notebook.json, else ~/.local/share/vetted/notebook.json: the notebook, with notebook.json.prev (the version before the last save) and notebook.json.lock beside it."},
}

// newManCmd is vetted man, which prints the manual page, made from the
// same command definitions as the help.
func newManCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "print the manual page (roff), made from this help",
		Example: `  vetted man | man -l -
  vetted man > ~/.local/share/man/man1/vetted.1`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		ValidArgsFunction:     cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			page, err := manPage(c.Root())
			if err != nil {
				fmt.Fprintf(s.err, "vetted man: %v\n", err)
				return exitStatus(exitError)
			}
			if _, err := fmt.Fprint(s.out, page); err != nil {
				fmt.Fprintln(s.err, "vetted man: could not write to standard output")
				return exitStatus(exitError)
			}
			return nil
		},
	}
}

// manPage renders root's man page, section 1.
func manPage(root *cobra.Command) (string, error) {
	// The help marks a flag's value with backquotes (`PATH`); a man page
	// would show them.
	unquote(root)
	root.Long = reflow(root.Long)
	page, err := mcobra.NewManPage(1, root)
	if err != nil {
		return "", err
	}
	for _, s := range manSections {
		page = page.WithSection(s.name, s.text)
	}
	return page.Build(roff.NewDocument()), nil
}

// reflow joins the lines of each paragraph of text: roff fills lines
// itself, and mango makes each line a paragraph of its own.
func reflow(text string) string {
	paragraphs := strings.Split(text, "\n\n")
	for i, p := range paragraphs {
		paragraphs[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paragraphs, "\n")
}

// unquote takes the backquotes out of the flag descriptions of c and the
// commands under it.
func unquote(c *cobra.Command) {
	c.Flags().VisitAll(func(f *pflag.Flag) {
		f.Usage = strings.ReplaceAll(f.Usage, "`", "")
	})
	for _, sub := range c.Commands() {
		unquote(sub)
	}
}
