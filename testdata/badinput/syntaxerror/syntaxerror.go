package syntaxerror

func f( {
