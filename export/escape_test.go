package export

import "testing"

func TestMarkdownItemEscapesEveryLineStart(t *testing.T) {
	for in, want := range map[string]string{
		"# not a heading\n1. not a list": `\# not a heading` + mdBlockBreak + `1\. not a list`,
		"<b>*x*</b> | y":                 `&lt;b&gt;\*x\*&lt;/b&gt; \| y`,
		"ok\x1b[31m red":                 "ok red",
		"  \n\n":                         "",
	} {
		if got := MarkdownItem(in); got != want {
			t.Errorf("MarkdownItem(%q) = %q, want %q", in, got, want)
		}
	}
	if got := MarkdownHeading("C#"); got != `C\#` {
		t.Errorf("MarkdownHeading = %q", got)
	}
	if got := MarkdownLine("a\nb"); got != "a / b" {
		t.Errorf("MarkdownLine = %q", got)
	}
}
