// Package tags has a finding only under the build tag integration.
package tags
