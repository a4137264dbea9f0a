-- Sessions follow rights (issue 11): every session remembers the security version of its account when it signed
-- in, and ends on its next request once the version has moved. The database raises the version itself whenever
-- the right to sign in changes, whoever changes it: the password, the enabled flag, the roles.
ALTER TABLE membership.user_account ADD COLUMN security_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION membership.raise_security_version_of_account() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.security_version := OLD.security_version + 1;
    RETURN NEW;
END;
$$;

CREATE TRIGGER user_account_rights_changed
    BEFORE UPDATE OF password_hash, enabled ON membership.user_account
    FOR EACH ROW
    WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash OR OLD.enabled IS DISTINCT FROM NEW.enabled)
    EXECUTE FUNCTION membership.raise_security_version_of_account();

-- For tables whose rows belong to one account by person_id (roles, and later the second step).
CREATE FUNCTION membership.raise_security_version_of_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE membership.user_account SET security_version = security_version + 1
     WHERE person_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
    IF TG_OP = 'UPDATE' AND OLD.person_id IS DISTINCT FROM NEW.person_id THEN
        UPDATE membership.user_account SET security_version = security_version + 1 WHERE person_id = OLD.person_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER account_role_changed
    AFTER INSERT OR UPDATE OR DELETE ON membership.account_role
    FOR EACH ROW EXECUTE FUNCTION membership.raise_security_version_of_owner();
