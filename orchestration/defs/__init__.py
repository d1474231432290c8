"""One module per kind of definition; orchestration.definitions assembles them."""
