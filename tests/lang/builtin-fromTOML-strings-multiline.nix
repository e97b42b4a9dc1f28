builtins.fromTOML ''
  plain = """
  Roses are red
  Violets are blue"""
  trimmed = """\
         The quick brown \
         fox jumps over \
         the lazy dog.\
         """
  blank = """\


         text after blank lines"""
  quotes = """Here are two quotation marks: "". Simple enough."""
  three = """Here are three quotation marks: ""\"."""
  edge = """"This," she said, "is just a pointless statement.""""
  escapes = """tab\there\u00e9"""
  empty = """"""
''
