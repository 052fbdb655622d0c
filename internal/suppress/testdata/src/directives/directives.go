package directives

func flag() int { return 0 }

func lines() {
	_ = flag() // want "flagged"
	_ = flag() //nolint:flagcall
	_ = flag() //nolint:other,flagcall // reason
	_ = flag() //nolint:all
	_ = flag() //nolint
	_ = flag() // nolint:flagcall
	_ = flag() //nolint:other // want "flagged"
	_ = flag() //nolintx // want "flagged"

	//nolint:flagcall // the next statement, all of its lines
	_ = flag() +
		flag()
	_ = flag() // want "flagged"

	_ = flag() + //nolint:flagcall // a trailing directive covers its statement
		flag()
	_ = flag() // want "flagged"

	//lint:ignore flagcall the reason
	_ = flag()

	//lint:ignore other,flagcall the reason
	_ = flag()

	// want +1 "lint:ignore directive gives no reason and suppresses nothing; write //lint:ignore flagcall <reason>"
	//lint:ignore flagcall
	_ = flag() // want "flagged"

	//lint:ignore other not this analyzer
	_ = flag() // want "flagged"

	// A malformed directive is reported once, by the first check it names:
	// here "other", another pass, so not by flagcall.
	//lint:ignore other,flagcall
	_ = flag() // want "flagged"
}

//nolint:flagcall // a whole declaration
func whole() {
	_ = flag()
	_ = flag()
}

// Doc comment lines may follow the directive.
//
//nolint:flagcall
//
// More doc.
func documented() {
	_ = flag()
}

func after() {
	_ = flag() // want "flagged"
}
