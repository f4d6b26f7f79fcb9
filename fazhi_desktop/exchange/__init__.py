"""Exchange packages between offices: a signed zip of JSON-lines records (a pure format, domain/ only).

`records` names the kinds a package carries, `manifest` what the package says about itself,
`signing` the keys and signatures, `package_writer` and `package_reader` turn records into bytes and back.
"""
