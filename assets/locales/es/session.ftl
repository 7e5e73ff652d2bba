## session
