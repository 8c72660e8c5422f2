// A round trip that checks the login, the database and the connection before a load writes anything.
RETURN 1 AS ok
