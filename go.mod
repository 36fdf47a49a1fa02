module github.com/vetted-tui/vetted

go 1.26.8
