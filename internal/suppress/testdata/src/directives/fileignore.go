//lint:file-ignore flagcall this file is exempt

package directives

func exempt() {
	_ = flag()
}
