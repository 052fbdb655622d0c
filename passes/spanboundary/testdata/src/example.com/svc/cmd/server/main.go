// Command server makes example.com/svc an application module.
package main

func main() {}
