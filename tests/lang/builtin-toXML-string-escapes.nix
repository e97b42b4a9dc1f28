# < > & " and newline are escaped; ' tab and CR are not.
builtins.toXML "lt< gt> amp& quot\" apos' nl\n tab\t cr\r dollar\${x} back\\slash"
