[ "# not a comment" "/* nor this */" ''# neither /* */'' ]
