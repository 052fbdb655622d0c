package directives

func inTest() {
	_ = flag()
}
