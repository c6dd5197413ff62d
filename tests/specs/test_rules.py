"""One test per vendor rule of the seeds: each fails when the spec stops enforcing its rule.

Input: the five specs in ``specs/``. Output: pass/fail per rule. Schema rules are checked by
validating good and bad instances with ``jsonschema.Draft202012Validator`` (local ``$ref``s resolved
through a ``referencing`` registry; named date formats checked by ``specloom_runtime.wire.dates``);
``x-specloom-*`` rules by asserting the declared extension data. ``specs/README.md`` maps each rule
to its spec pointer and test; ``test_rule_table.py`` deletes each pointer and checks the test fails.
Tests take only parametrize arguments (no fixtures) so the table test can call them directly.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from specloom.rules import fixed_value

from .spec_helpers import VENDORS, raw, spec, unwrap_jsonp, xml_to_json

# --------------------------------------------------------------------------------------------
# Every vendor: server, credentials, security requirement, operations
# --------------------------------------------------------------------------------------------

SERVERS = {
    "firecart": "http://app.firecart.io",
    "cartfunnel": "https://api.cartfunnel.net/v1",
    "salesfire": "https://api.salesfire.co.uk",
    "shift4shop": "https://apirest.3dcart.com/3dCartWebAPI/v1",
    "clienttoolbox": "https://api.clienttoolbox.com",
}

# scheme key -> (in, name, extra x-specloom keys)
SCHEMES: dict[str, dict[str, tuple[str, str, dict[str, Any]]]] = {
    "firecart": {"apiAccessKey": ("query", "apiAccessKey", {}), "apiSecret": ("query", "apiSecret", {})},
    "cartfunnel": {
        "account": ("header", "X-CARTFUNNEL-ACCOUNT", {}),
        "apiSecret": ("header", "X-CARTFUNNEL-API-SECRET", {}),
    },
    "salesfire": {
        "secret": (
            "header",
            "X-Signature",
            {"x-specloom-signature": {"algorithm": "hmac-sha256", "encoding": "hex", "payload": "body"}},
        )
    },
    "shift4shop": {
        "secureUrl": ("header", "SecureURL", {}),
        "privateKey": ("header", "PrivateKey", {}),
        "token": ("header", "Token", {}),
    },
    "clienttoolbox": {
        "userId": ("query", "user_id", {"x-specloom-in": "form"}),
        "userPassword": ("query", "user_password", {"x-specloom-in": "form"}),
    },
}

ROUTES: dict[str, dict[str, tuple[str, str]]] = {
    "firecart": {"addCustomer": ("get", "/CustomerServiceHandler.do")},
    "cartfunnel": {
        "listCustomers": ("get", "/customers.json"),
        "getCustomer": ("get", "/customers/{id}.json"),
        "createCustomer": ("post", "/customers.json"),
        "updateCustomer": ("patch", "/customers/{id}.json"),
    },
    "salesfire": {"syncCustomer": ("post", "/client/{site}/customers/{list}")},
    "shift4shop": {
        "createCustomer": ("post", "/Customers"),
        "listCustomers": ("get", "/Customers"),
        "listCustomerGroupCustomers": ("get", "/CustomerGroups/{id}/Customers"),
        "getCustomer": ("get", "/Customers/{id}"),
        "updateCustomers": ("put", "/Customers"),
        "updateCustomer": ("put", "/Customers/{id}"),
        "deleteCustomer": ("delete", "/Customers/{id}"),
    },
    "clienttoolbox": {"recordCustomer": ("post", "/")},
}

by_vendor = pytest.mark.parametrize("vendor", [pytest.param(v, id=v) for v in VENDORS])


@by_vendor
def test_server_url(vendor: str) -> None:
    assert [s["url"] for s in spec(vendor).doc["servers"]] == [SERVERS[vendor]]


@by_vendor
def test_security_schemes(vendor: str) -> None:
    s = spec(vendor)
    schemes = s.doc["components"]["securitySchemes"]
    assert set(schemes) == set(SCHEMES[vendor])
    for key, (where, name, extra) in SCHEMES[vendor].items():
        scheme = schemes[key]
        assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", where, name), key
        declared = {k: v for k, v in scheme.items() if k.startswith("x-specloom-") and k != "x-specloom-env"}
        assert declared == extra, key


@by_vendor
def test_security_requirement(vendor: str) -> None:
    """Every operation requires all of its API's schemes, in one requirement object."""
    s = spec(vendor)
    everything = set(SCHEMES[vendor])
    for _, _, ptr, op in s.operations():
        requirement = op.get("security", s.doc.get("security"))
        assert requirement is not None, ptr
        assert len(requirement) == 1 and set(requirement[0]) == everything, ptr


@by_vendor
def test_routes(vendor: str) -> None:
    s = spec(vendor)
    found = {op["operationId"]: (method, path) for path, method, _, op in s.operations()}
    assert found == ROUTES[vendor]


# --------------------------------------------------------------------------------------------
# Firecart
# --------------------------------------------------------------------------------------------

SEED_DATA = {
    "name": "David",
    "email": "david@address.com",
    "mobileNumber": "1234512345",
    "gender": "male",
    "maritalStatus": "married",
    "dateOfBirth": "15/08/1977",
    "city": "Mumbai",
    "Custom_Variable_1": "Value1",
}


def _firecart_data() -> tuple[Any, str]:
    s = spec("firecart")
    return s, s.param_schema_ptr("addCustomer", "data")


def test_firecart_action_const() -> None:
    s = spec("firecart")
    ptr, param = s.param("addCustomer", "action")
    assert param["in"] == "query" and param["required"] is True
    assert s.valid(ptr + "/schema", "ADD_CUSTOMER")
    assert not s.valid(ptr + "/schema", "DELETE_CUSTOMER")


def test_firecart_data_is_json_query_param() -> None:
    s = spec("firecart")
    ptr, param = s.param("addCustomer", "data")
    assert param["in"] == "query" and param.get("required") is True
    assert "schema" not in param and list(param["content"]) == ["application/json"]
    assert s.valid(s.param_schema_ptr("addCustomer", "data"), SEED_DATA)
    assert not s.valid(s.param_schema_ptr("addCustomer", "data"), "not an object")


def test_firecart_email_format() -> None:
    s, ptr = _firecart_data()
    assert s.valid(ptr, {"email": "david@address.com"})
    assert not s.valid(ptr, {"email": "david at address"})


def test_firecart_date_of_birth() -> None:
    s, ptr = _firecart_data()
    assert s.valid(ptr, {"dateOfBirth": "15/08/1977"})
    for bad in ("08/15/1977", "1977-08-15", "15/8/1977"):
        assert not s.valid(ptr, {"dateOfBirth": bad}), bad


def test_firecart_custom_variables_are_strings() -> None:
    s, ptr = _firecart_data()
    assert s.valid(ptr, {"Custom_Variable_1": "Value1"})
    assert not s.valid(ptr, {"Custom_Variable_1": 1})


def test_firecart_custom_keys_no_spaces() -> None:
    s, ptr = _firecart_data()
    assert not s.valid(ptr, {"Company Name": "Acme"})
    assert s.valid(ptr, {"Company_Name": "Acme"})


def test_firecart_normalize_keys() -> None:
    s, ptr = _firecart_data()
    assert s.get(ptr)["x-specloom-normalize-keys"][" "] == "_"
    sent = s.normalize_keys(ptr, {"name": "David", "Company Name": "Acme"})
    assert sent == {"name": "David", "Company_Name": "Acme"}
    assert s.valid(ptr, sent)


def test_firecart_custom_keys_other_whitespace() -> None:
    """Whitespace other than spaces is handled too: the common kinds become ``_``; any other
    whitespace left in a name is refused, never sent."""
    s, ptr = _firecart_data()
    sent = s.normalize_keys(ptr, {"Company\tName": "Acme", "Line\nTwo": "x", "No\u00a0Break": "y"})
    assert sent == {"Company_Name": "Acme", "Line_Two": "x", "No_Break": "y"}
    assert s.valid(ptr, sent)
    assert not s.valid(ptr, {"Em\u2003Space": "z"})


def test_firecart_custom_variable_dates() -> None:
    """"Any date information ... dd/mm/yyyy": custom variables may carry a dd/mm/yyyy date."""
    s, ptr = _firecart_data()
    extra = s.get(ptr)["additionalProperties"]
    assert {"type": "string", "format": "dd/mm/yyyy"} in extra["anyOf"]


def test_firecart_sublist_json_array() -> None:
    s = spec("firecart")
    _, param = s.param("addCustomer", "sublist")
    assert param.get("required", False) is False and list(param["content"]) == ["application/json"]
    ptr = s.param_schema_ptr("addCustomer", "sublist")
    assert s.valid(ptr, ["Landing Page List", "My List"])
    assert not s.valid(ptr, "Landing Page List,My List")


def test_firecart_response_forms() -> None:
    s = spec("firecart")
    _, response = s.response("addCustomer", "200")
    assert set(response["content"]) == {"text/plain", "application/json"}


FIRECART_FAILURES = [
    pytest.param("text", "FAILED : 1001", id="text"),
    pytest.param("text", "Status: FAILED, 1001", id="status-label"),
    pytest.param("json", {"status": "FAILED", "errorCode": "1001", "message": "blocked"}, id="json"),
]


def _matches(rule: dict[str, Any], body: Any, text: str) -> bool:
    """The documented CONDITION semantics (a subset of what the runtime will do)."""
    when = rule["when"]
    if "textPattern" in when:
        return re.search(when["textPattern"], text) is not None
    try:
        from .spec_helpers import pointer_get

        value = pointer_get(body, when["pointer"])
    except (KeyError, IndexError, TypeError, ValueError):
        return False
    if "equals" in when:
        return bool(value == when["equals"])
    if "in" in when:
        return value in when["in"]
    return bool(when.get("present"))


def _first_rule(rules: list[dict[str, Any]], body: Any, text: str) -> dict[str, Any] | None:
    return next((r for r in rules if _matches(r, body, text)), None)


@pytest.mark.parametrize(("form", "body"), FIRECART_FAILURES)
def test_firecart_error_in_body(form: str, body: Any) -> None:
    s = spec("firecart")
    _, response = s.response("addCustomer", "200")
    rules = response["x-specloom-error-in-body"]
    text = body if isinstance(body, str) else "{}"
    rule = _first_rule(rules, None if form == "text" else body, text)
    assert rule is not None
    if form == "text":
        found = re.search(rule["codePattern"], body)
        assert found is not None and found["code"] == "1001"
    else:
        assert rule["code"] == "/errorCode" and rule["message"] == "/message"
    # a success answer matches no rule
    assert _first_rule(rules, {"status": "SUCCESS"}, "SUCCESS") is None


# --------------------------------------------------------------------------------------------
# Cartfunnel
# --------------------------------------------------------------------------------------------

WIRE_CUSTOMER = {
    "id": 32199,
    "email": "anna@example.com",
    "created_at": "2019-02-04T23:29:37.406-05:00",
    "updated_at": "2019-02-04T23:29:37.406-05:00",
    "accepts_marketing": "false",
    "first_name": "Anna",
    "last_name": "Benning",
    "note": "",
    "orders_count": 0,
    "total_spent_cents": 0,
    "tax_exempt": "false",
    "subscriptions_count": 0,
    "last_order_id": "null",
    "persisted": "true",
}


def _cartfunnel_customer() -> tuple[Any, str]:
    s = spec("cartfunnel")
    return s, s.response_schema_ptr("getCustomer", "200", "application/json")


def test_cartfunnel_text_json() -> None:
    s = spec("cartfunnel")
    for op, status in (("listCustomers", "200"), ("getCustomer", "200"), ("createCustomer", "2XX"), ("updateCustomer", "2XX")):
        _, response = s.response(op, status)
        assert {"application/json", "text/json"} <= set(response["content"]), op


def test_cartfunnel_pagination() -> None:
    s = spec("cartfunnel")
    _, op = s.op("listCustomers")
    assert op["x-specloom-pagination"] == {"style": "page", "pageParam": "page", "firstPage": 1, "pageSize": 100}
    ptr = s.param_schema_ptr("listCustomers", "page")
    assert s.valid(ptr, 2) and not s.valid(ptr, 0)


def test_cartfunnel_page_max_100() -> None:
    s = spec("cartfunnel")
    ptr = s.response_schema_ptr("listCustomers", "200", "application/json")
    page = [{"id": i, "persisted": True} for i in range(1, 101)]
    assert s.valid(ptr, page)
    assert not s.valid(ptr, [*page, {"id": 101, "persisted": True}])


def _inner(operation_id: str) -> tuple[Any, str]:
    s = spec("cartfunnel")
    return s, s.target(s.request_ptr(operation_id, "application/json") + "/schema/properties/customer")


def test_cartfunnel_create_requires_email() -> None:
    s, ptr = _inner("createCustomer")
    assert s.valid(ptr, {"email": "anna@example.com", "first_name": "Anna", "last_name": "Benning"})
    assert not s.valid(ptr, {"first_name": "Anna"})
    assert not s.valid(ptr, {"email": "not-an-email"})


def test_cartfunnel_update_email_optional() -> None:
    s, ptr = _inner("updateCustomer")
    assert s.valid(ptr, {"first_name": "Anna", "last_name": "Jules"})
    create_ptr = _inner("createCustomer")[1]
    assert s.get(ptr) != s.get(create_ptr)


@pytest.mark.parametrize("operation_id", [pytest.param("createCustomer", id="create"), pytest.param("updateCustomer", id="update")])
def test_cartfunnel_envelope(operation_id: str) -> None:
    s = spec("cartfunnel")
    ptr = s.request_ptr(operation_id, "application/json")
    media = s.at(ptr)
    assert media["x-specloom-envelope"] == "customer"
    wire = {"customer": {"email": "anna@example.com", "first_name": "Anna"}}
    assert s.valid(ptr + "/schema", wire)
    assert not s.valid(ptr + "/schema", wire["customer"])  # the bare object is not the wire body


def test_cartfunnel_boolean_defaults() -> None:
    s, ptr = _inner("createCustomer")
    props = s.get(ptr)["properties"]
    for name in ("tax_exempt", "accepts_marketing"):
        assert props[name]["type"] == "boolean" and props[name]["default"] is False, name
    assert s.valid(ptr, {"email": "a@example.com", "tax_exempt": True})
    assert not s.valid(ptr, {"email": "a@example.com", "tax_exempt": "true"})


@pytest.mark.parametrize(
    "field",
    ["id", "created_at", "updated_at", "orders_count", "total_spent_cents", "subscriptions_count", "last_order_id", "persisted", "errors"],
)
def test_cartfunnel_read_only_refused(field: str) -> None:
    for operation_id in ("createCustomer", "updateCustomer"):
        s, ptr = _inner(operation_id)
        assert not s.valid(ptr, {"email": "a@example.com", field: 1}), (operation_id, field)


def test_cartfunnel_decode_booleans() -> None:
    s, ptr = _cartfunnel_customer()
    decoded = s.decode_strings(ptr, WIRE_CUSTOMER)
    assert decoded["persisted"] is True and decoded["tax_exempt"] is False and decoded["accepts_marketing"] is False
    assert s.valid(ptr, decoded)
    assert not s.valid(ptr, {**decoded, "persisted": "true"})  # the schema types the logical value


def test_cartfunnel_decode_null() -> None:
    s, ptr = _cartfunnel_customer()
    decoded = s.decode_strings(ptr, WIRE_CUSTOMER)
    assert decoded["last_order_id"] is None
    assert s.valid(ptr, decoded) and s.valid(ptr, {**decoded, "last_order_id": 3200291})


def test_cartfunnel_null_fields_named() -> None:
    """The spec says which fields decode the wire string "null" (and why): exactly those that do."""
    s, ptr = _cartfunnel_customer()
    decoding = {
        name for name, sub in s.get(ptr)["properties"].items() if "null" in sub.get("x-specloom-decode-strings", {})
    }
    description = " ".join(s.get("/info/description").split())
    named = re.search(r'Fields whose wire string "null" is decoded to null: ([^.]*)\.', description)
    assert named is not None, "the info description must name the fields that decode \"null\""
    assert set(re.findall(r"`([^`]+)`", named[1])) == decoding == {"id", "last_order_id"}
    assert "Why these and no others" in description


def test_cartfunnel_timestamps() -> None:
    s, ptr = _cartfunnel_customer()
    decoded = s.decode_strings(ptr, WIRE_CUSTOMER)
    assert not s.valid(ptr, {**decoded, "created_at": "2018-12-04 23:29"})
    assert not s.valid(ptr, {**decoded, "updated_at": "yesterday"})


def test_cartfunnel_cents_integer() -> None:
    s, ptr = _cartfunnel_customer()
    decoded = s.decode_strings(ptr, WIRE_CUSTOMER)
    assert s.valid(ptr, {**decoded, "total_spent_cents": 100000})
    assert not s.valid(ptr, {**decoded, "total_spent_cents": 1000.5})


@pytest.mark.parametrize("operation_id", [pytest.param("createCustomer", id="create"), pytest.param("updateCustomer", id="update")])
def test_cartfunnel_error_in_body(operation_id: str) -> None:
    s = spec("cartfunnel")
    ptr, response = s.response(operation_id, "2XX")  # every 2xx: "a 200-level code"
    rules = response["x-specloom-error-in-body"]
    schema_ptr = ptr + "/content/application~1json/schema"
    saved = s.decode_strings(schema_ptr, WIRE_CUSTOMER)
    assert _first_rule(rules, saved, "") is None
    with_errors = s.decode_strings(schema_ptr, {**WIRE_CUSTOMER, "errors": ["An error has occurred"]})
    rule = _first_rule(rules, with_errors, "")
    assert rule is not None and rule.get("messages") == "/errors"
    not_persisted = s.decode_strings(schema_ptr, {**WIRE_CUSTOMER, "persisted": "false"})
    assert _first_rule(rules, not_persisted, "") is not None


def test_cartfunnel_403() -> None:
    s = spec("cartfunnel")
    for _, _, _, op in s.operations():
        _, forbidden = s.response(op["operationId"], "403")
        assert "credentials" in forbidden["description"] and "scope" in forbidden["description"]


def test_cartfunnel_update_path_has_id() -> None:
    s = spec("cartfunnel")
    ptr, op = s.op("updateCustomer")
    assert ptr == "/paths/~1customers~1{id}.json/patch"
    assert "example request URL" in " ".join(op["description"].split())
    _, param = s.param("updateCustomer", "id")
    assert param["in"] == "path" and param["required"] is True


# --------------------------------------------------------------------------------------------
# Salesfire
# --------------------------------------------------------------------------------------------

SALESFIRE_SEED = {
    "email": "test@salesfire.com",
    "mobile_number": "123456789",
    "types": ["MARKETING", "TRANSACTIONAL"],
    "channels": ["EMAIL", "SMS"],
    "update_existing": True,
}


def _salesfire() -> tuple[Any, str]:
    s = spec("salesfire")
    return s, s.target(s.request_ptr("syncCustomer", "application/json") + "/schema")


def test_salesfire_signature() -> None:
    scheme = spec("salesfire").scheme("secret")
    assert scheme["x-specloom-signature"] == {"algorithm": "hmac-sha256", "encoding": "hex", "payload": "body"}
    assert (scheme["in"], scheme["name"]) == ("header", "X-Signature")
    assert "hex" in scheme["description"]


def test_salesfire_email_or_mobile() -> None:
    s, ptr = _salesfire()
    assert s.valid(ptr, SALESFIRE_SEED)
    assert s.valid(ptr, {"email": "test@salesfire.com"})
    assert s.valid(ptr, {"mobile_number": "123456789"})
    assert not s.valid(ptr, {"types": ["MARKETING"]})


def test_salesfire_email_format() -> None:
    s, ptr = _salesfire()
    assert not s.valid(ptr, {"email": "test-at-salesfire.com"})


@pytest.mark.parametrize(("field", "good", "bad"), [
    pytest.param("types", ["MARKETING", "TRANSACTIONAL"], ["marketing"], id="types"),
    pytest.param("channels", ["EMAIL", "SMS"], ["Sms"], id="channels"),
])
def test_salesfire_uppercase_enums(field: str, good: list[str], bad: list[str]) -> None:
    s, ptr = _salesfire()
    assert s.valid(ptr, {"email": "a@example.com", field: good})
    assert not s.valid(ptr, {"email": "a@example.com", field: bad})
    assert not s.valid(ptr, {"email": "a@example.com", field: ["PUSH"]})


@pytest.mark.parametrize("field", [pytest.param("types", id="types"), pytest.param("channels", id="channels")])
def test_salesfire_unique_items(field: str) -> None:
    s, ptr = _salesfire()
    value = s.get(ptr)["properties"][field]["items"]["enum"][0]
    assert not s.valid(ptr, {"email": "a@example.com", field: [value, value]})


def test_salesfire_update_existing_boolean() -> None:
    s, ptr = _salesfire()
    assert not s.valid(ptr, {"email": "a@example.com", "update_existing": "yes"})
    description = " ".join(s.get(ptr)["properties"]["update_existing"]["description"].split())
    assert "skips the existing profile" in description and "will skip duplicates" in description


def test_salesfire_update_existing_asserts_no_contradicted_meaning() -> None:
    """The docs say true "skips the existing profile" and also "will skip duplicates": the
    description may quote both, but must not state what true does as a fact."""
    s, ptr = _salesfire()
    description = " ".join(s.get(ptr)["properties"]["update_existing"]["description"].split()).lower()
    for claim in ("true asks", "true updates", "true means", "rather than add", "reading chosen", "is read as"):
        assert claim not in description, claim
    assert "asserts none" in description


def test_salesfire_attribute_keys() -> None:
    s, ptr = _salesfire()
    assert s.valid(ptr, {"email": "a@example.com", "attributes": {"favourite_colour_2": "red"}})
    for bad in ("Favourite", "favourite colour", "2nd_name", "_x", "näme"):
        assert not s.valid(ptr, {"email": "a@example.com", "attributes": {bad: "x"}}), bad


def test_salesfire_attribute_values() -> None:
    s, ptr = _salesfire()
    assert s.valid(ptr, {"email": "a@example.com", "attributes": {"name": None, "tier": "gold"}})
    assert not s.valid(ptr, {"email": "a@example.com", "attributes": {"tier": 3}})


DOB_OK = ["04-09-1994", "04/09/1994", "04091994", "4-9-94", "4/9/94", "1994-09-04", "1994/09/04", "31/12/1994", None]
DOB_BAD = ["12/31/1994", "1994.09.04", "Sept 4 1994", "31-02-1994", "4 9 94"]


def test_salesfire_date_of_birth() -> None:
    s, ptr = _salesfire()
    for value in DOB_OK:
        assert s.valid(ptr, {"email": "a@example.com", "attributes": {"date_of_birth": value}}), value
    for value in DOB_BAD:
        assert not s.valid(ptr, {"email": "a@example.com", "attributes": {"date_of_birth": value}}), value


def test_salesfire_no_unknown_fields() -> None:
    s, ptr = _salesfire()
    assert not s.valid(ptr, {**SALESFIRE_SEED, "phone": "123"})


def test_salesfire_validation_error() -> None:
    s = spec("salesfire")
    for status in ("400", "422"):
        ptr = s.response_schema_ptr("syncCustomer", status, "application/json")
        assert s.valid(ptr, {"message": "The given data was invalid.", "errors": {"email": ["required"]}})
        assert not s.valid(ptr, {"errors": {}})


# --------------------------------------------------------------------------------------------
# Shift4Shop (3dcart)
# --------------------------------------------------------------------------------------------

# name -> (type, maxLength) from vendor-notes/3dcart_v1_object_definitions_customer.md
S4S_FIELDS: dict[str, tuple[str, int | None]] = {
    "CustomerID": ("integer", None), "Email": ("string", 100), "Password": ("string", 50),
    "BillingCompany": ("string", 255), "BillingFirstName": ("string", 50), "BillingLastName": ("string", 50),
    "BillingAddress1": ("string", 255), "BillingAddress2": ("string", 50), "BillingCity": ("string", 100),
    "BillingState": ("string", 100), "BillingZipCode": ("string", 20), "BillingCountry": ("string", 100),
    "BillingPhoneNumber": ("string", 50), "BillingTaxID": ("string", 50),
    "ShippingCompany": ("string", 255), "ShippingFirstName": ("string", 50), "ShippingLastName": ("string", 50),
    "ShippingAddress1": ("string", 255), "ShippingAddress2": ("string", 50), "ShippingCity": ("string", 100),
    "ShippingState": ("string", 100), "ShippingZipCode": ("string", 20), "ShippingCountry": ("string", 100),
    "ShippingPhoneNumber": ("string", 50), "ShippingAddressType": ("integer", None),
    "CustomerGroupID": ("integer", None), "Enabled": ("boolean", None), "MailList": ("boolean", None),
    "NonTaxable": ("boolean", None), "DisableBillingSameAsShipping": ("boolean", None),
    "Comments": ("string", 255), "AdditionalField1": ("string", 250), "AdditionalField2": ("string", 250),
    "AdditionalField3": ("string", 150), "TotalStoreCredit": ("number", None), "ResetPassword": ("boolean", None),
}
WRONG_VALUE = {"integer": "1", "string": 1, "boolean": 1, "number": "1.1"}


def _s4s_customer() -> tuple[Any, str]:
    s = spec("shift4shop")
    return s, s.response_schema_ptr("getCustomer", "200", "application/json") + "/items"


def test_shift4shop_customer_fields() -> None:
    assert len(S4S_FIELDS) == 36
    s, ptr = _s4s_customer()
    for name, (kind, _) in S4S_FIELDS.items():
        instance = {"CustomerID": 1, name: WRONG_VALUE[kind]}
        assert not s.valid(ptr, instance), f"{name} accepts a non-{kind}"
    full = {name: {"integer": 1, "string": "x", "boolean": True, "number": 1.5}[kind] for name, (kind, _) in S4S_FIELDS.items()}
    assert s.valid(ptr, full)


@pytest.mark.parametrize("name", [n for n, (_, m) in S4S_FIELDS.items() if m])
def test_shift4shop_max_lengths(name: str) -> None:
    s, ptr = _s4s_customer()
    limit = S4S_FIELDS[name][1]
    assert limit is not None
    assert s.valid(ptr, {"CustomerID": 1, name: "x" * limit})
    assert not s.valid(ptr, {"CustomerID": 1, name: "x" * (limit + 1)})


def _s4s_create() -> tuple[Any, str]:
    s = spec("shift4shop")
    return s, s.target(s.request_ptr("createCustomer", "application/json") + "/schema")


def test_shift4shop_create_requires_email_password() -> None:
    s, ptr = _s4s_create()
    assert s.valid(ptr, {"Email": "john.doe@example.com", "Password": "secret"})
    assert not s.valid(ptr, {"Email": "john.doe@example.com"})
    assert not s.valid(ptr, {"Password": "secret"})


def test_shift4shop_password_may_be_empty() -> None:
    s, ptr = _s4s_create()
    assert s.valid(ptr, {"Email": "john.doe@example.com", "Password": ""})
    assert not s.valid(ptr, {"Email": "john.doe@example.com", "Password": "x" * 51})


def test_shift4shop_create_refuses_server_fields() -> None:
    s, ptr = _s4s_create()
    base = {"Email": "john.doe@example.com", "Password": ""}
    assert not s.valid(ptr, {**base, "CustomerID": 96318450})
    assert not s.valid(ptr, {**base, "Nickname": "JD"})


@pytest.mark.parametrize("operation_id", ["createCustomer", "updateCustomer", "updateCustomers"])
def test_shift4shop_total_store_credit_accepted_with_warning(operation_id: str) -> None:
    """Every official write sample sends TotalStoreCredit: accepted, with a warning note."""
    s = spec("shift4shop")
    ptr = s.request_ptr(operation_id, "application/json") + "/schema"
    item: dict[str, object] = {"CustomerID": 1, "TotalStoreCredit": -15431326.976344898, "MailList": True}
    if operation_id == "createCustomer":
        item = {"Email": "john.doe@example.com", "Password": "", "TotalStoreCredit": 1.1}
    elif operation_id == "updateCustomer":
        del item["CustomerID"]
    assert s.valid(ptr, [item] if operation_id == "updateCustomers" else item)
    note = " ".join(s.get("/components/schemas/WrittenBySamples")["description"].split())
    assert "WARNING" in note and "computed" in note


def test_shift4shop_item_status() -> None:
    """Each write-answer entry carries its own Status: a non-2xx entry is a failed record."""
    s = spec("shift4shop")
    rule = s.get("/components/responses/Written")["x-specloom-item-status"]
    assert rule["status"] == "/Status" and rule["message"] == "/Message"
    assert all(re.fullmatch(rule["success"], ok) for ok in ("200", "201"))
    assert not any(re.fullmatch(rule["success"], bad) for bad in ("404", "400", "500", "2000"))


def test_shift4shop_countonly_refused() -> None:
    """countonly=1 answers a count, not the list this operation returns: refused, said why."""
    s = spec("shift4shop")
    for operation_id in ("listCustomers", "listCustomerGroupCustomers"):
        ptr = s.param_schema_ptr(operation_id, "countonly")
        assert s.valid(ptr, 0) and not s.valid(ptr, 1)
    _, param = s.param("listCustomers", "countonly")
    assert "TotalCount" in param["description"] and "Refused" in param["description"]


def test_shift4shop_bulk_item_requires_id() -> None:
    s = spec("shift4shop")
    ptr = s.request_ptr("updateCustomers", "application/json") + "/schema"
    assert s.valid(ptr, [{"CustomerID": 1234, "BillingFirstName": "John"}])
    assert not s.valid(ptr, [{"BillingFirstName": "John"}])
    assert not s.valid(ptr, [{"CustomerID": 1234, "Nickname": "JD"}])
    single = s.request_ptr("updateCustomer", "application/json") + "/schema"
    assert s.valid(single, {"BillingFirstName": "John"})


S4S_FILTERS = ["limit", "offset", "email", "firstname", "lastname", "country", "state", "city", "phone", "countonly", "lastupdatestart", "lastupdateend"]


@pytest.mark.parametrize("operation_id", ["listCustomers", "listCustomerGroupCustomers"])
def test_shift4shop_list_filters(operation_id: str) -> None:
    s = spec("shift4shop")
    for name in S4S_FILTERS:
        _, param = s.param(operation_id, name)
        assert param["in"] == "query" and not param.get("required", False), name
    assert s.valid(s.param_schema_ptr(operation_id, "offset"), 0)
    assert not s.valid(s.param_schema_ptr(operation_id, "offset"), -1)


@pytest.mark.parametrize("name", ["lastupdatestart", "lastupdateend"])
def test_shift4shop_lastupdate_format(name: str) -> None:
    s = spec("shift4shop")
    for operation_id in ("listCustomers", "listCustomerGroupCustomers"):
        ptr = s.param_schema_ptr(operation_id, name)
        assert s.valid(ptr, "01/31/2024 13:45:00")
        for bad in ("31/01/2024 13:45:00", "2024-01-31T13:45:00", "01/31/2024"):
            assert not s.valid(ptr, bad), bad


@pytest.mark.parametrize("operation_id", ["listCustomers", "listCustomerGroupCustomers"])
def test_shift4shop_pagination(operation_id: str) -> None:
    _, op = spec("shift4shop").op(operation_id)
    pagination = op["x-specloom-pagination"]
    assert pagination["style"] == "offset" and pagination["firstOffset"] == 0
    assert (pagination["offsetParam"], pagination["limitParam"]) == ("offset", "limit")
    assert 1 <= pagination["pageSize"] <= 200


@pytest.mark.parametrize("operation_id", ["listCustomers", "listCustomerGroupCustomers"])
def test_shift4shop_empty_result(operation_id: str) -> None:
    _, op = spec("shift4shop").op(operation_id)
    empty = op["x-specloom-empty-result"]
    assert 404 in empty["status"]
    assert "Offset amount exceeds the total number of records" in empty["messages"]


def test_shift4shop_single_item() -> None:
    s = spec("shift4shop")
    _, op = s.op("getCustomer")
    assert op["x-specloom-single-item"] is True
    ptr = s.response_schema_ptr("getCustomer", "200", "application/json")
    assert s.valid(ptr, [{"CustomerID": 1}])
    assert not s.valid(ptr, {"CustomerID": 1})
    assert not s.valid(ptr, [{"CustomerID": 1}, {"CustomerID": 2}])


@pytest.mark.parametrize(("operation_id", "status"), [
    ("createCustomer", "201"), ("updateCustomers", "200"), ("updateCustomer", "200"), ("deleteCustomer", "200"),
])
def test_shift4shop_write_result(operation_id: str, status: str) -> None:
    s = spec("shift4shop")
    ptr = s.response_schema_ptr(operation_id, status, "application/json")
    good = [{"Key": "CustomerID", "Value": "1234", "Status": status, "Message": "Created successfully"}]
    assert s.valid(ptr, good)
    assert not s.valid(ptr, [{"Key": "CustomerID", "Value": "1234"}])
    assert not s.valid(ptr, good[0])


def test_shift4shop_error_statuses() -> None:
    s = spec("shift4shop")
    for _, _, _, op in s.operations():
        statuses = set(op["responses"])
        assert {"400", "401"} <= statuses, op["operationId"]
        if op["operationId"] != "createCustomer":
            assert "404" in statuses, op["operationId"]
    _, unauthorized = s.response("getCustomer", "401")
    assert "Authentication failure" in unauthorized["description"]


def test_shift4shop_one_path_item_per_hierarchy() -> None:
    """The Help page's ``PUT /Customers/{customerid}`` is OpenAPI's ``/Customers/{id}``."""
    s = spec("shift4shop")
    assert s.at("/paths/~1Customers~1{id}/put")["operationId"] == "updateCustomer"
    shapes = [re.sub(r"\{[^{}]*\}", "{}", path) for path in s.doc["paths"]]
    assert len(shapes) == len(set(shapes))


# --------------------------------------------------------------------------------------------
# Client Toolbox
# --------------------------------------------------------------------------------------------

CTB_MINIMAL = {"type": "record_customer", "customer_action": "new", "account_id": "greatwidgets", "first_name": "John"}
CTB_SEED = {
    "type": "record_customer", "customer_action": "new", "account_id": "greatwidgets",
    "campaign_id": "1234567890123456", "card_number": "1212121212", "code": "89898989898989",
    "first_name": "John", "last_name": "Doe", "phone": "555-555-2455", "email": "test@yourdomain.com",
    "custom_date": "1970-07-14", "street1": "123 Main St.", "street2": "Apt 3G", "city": "Anytown",
    "state": "ZZ", "postal_code": "55555", "country": "NZ", "custom_field": "John likes cheese.",
    "customer_username": "jdoe1970", "customer_password": "ilovecheese", "customer_PIN": "1234",
    "custom_field_2": "Single",
}
FORM = "application/x-www-form-urlencoded"


def _ctb() -> tuple[Any, str]:
    s = spec("clienttoolbox")
    return s, s.target(s.request_ptr("recordCustomer", FORM) + "/schema")


def test_clienttoolbox_form_body() -> None:
    s = spec("clienttoolbox")
    _, op = s.op("recordCustomer")
    assert list(op["requestBody"]["content"]) == [FORM]
    assert "/api.php" in op["description"]


def test_clienttoolbox_form_credentials() -> None:
    s = spec("clienttoolbox")
    for key in ("userId", "userPassword"):
        scheme = s.scheme(key)
        assert scheme["x-specloom-in"] == "form" and scheme["in"] == "query", key
        assert "form" in scheme["description"], key


def test_clienttoolbox_type_const() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, CTB_SEED)
    assert not s.valid(ptr, {**CTB_MINIMAL, "type": "customer_info"})


def test_clienttoolbox_type_filled_in_by_client() -> None:
    """A required constant is never an argument: the generator sees ``type`` as fixed."""
    s, ptr = _ctb()
    form = s.at(ptr)
    assert "type" in form["required"]
    assert fixed_value(s.doc, form["properties"]["type"]) == (True, "record_customer")


@pytest.mark.parametrize("field", ["type", "customer_action", "account_id"])
def test_clienttoolbox_required_fields(field: str) -> None:
    s, ptr = _ctb()
    assert not s.valid(ptr, {k: v for k, v in CTB_MINIMAL.items() if k != field})


def test_clienttoolbox_customer_action() -> None:
    s, ptr = _ctb()
    assert not s.valid(ptr, {**CTB_MINIMAL, "customer_action": "update"})


def test_clienttoolbox_campaign_id() -> None:
    s, ptr = _ctb()
    for good in ("1234567890123456", "123,456", "123, 456,789"):
        assert s.valid(ptr, {**CTB_MINIMAL, "campaign_id": good}), good
    for bad in ("", "123,", ",123", "123,,456"):
        assert not s.valid(ptr, {**CTB_MINIMAL, "campaign_id": bad}), bad


def test_clienttoolbox_card_number_generate() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "card_number_generate": 10})
    assert not s.valid(ptr, {**CTB_MINIMAL, "card_number_generate": "ten"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "card_number_generate": 0})


@pytest.mark.parametrize("field", ["card_number_prefix", "card_number_suffix"])
def test_clienttoolbox_prefix_suffix_need_generate(field: str) -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "card_number_generate": 10, field: "77"})
    assert not s.valid(ptr, {**CTB_MINIMAL, field: "77"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "card_number_generate": 10, field: "7a"})


def test_clienttoolbox_card_number_or_generate() -> None:
    s, ptr = _ctb()
    assert not s.valid(ptr, {**CTB_MINIMAL, "card_number": "1212121212", "card_number_generate": 10})


def test_clienttoolbox_new_code() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "new_code": "Yes"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "code_new": "Yes"})


def test_clienttoolbox_custom_date() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "custom_date": "1970-07-14"})
    for bad in ("04-03-2010", "14/07/1970", "1970-7-14"):
        assert not s.valid(ptr, {**CTB_MINIMAL, "custom_date": bad}), bad


def test_clienttoolbox_custom_field_n() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "custom_field_2": "Single", "custom_field_17": "2012.07.28 22:59:59"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "custom_field_x": "Single"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "custom_field_2": 2})


def test_clienttoolbox_send_no_email() -> None:
    s, ptr = _ctb()
    field = s.get(ptr)["properties"]["send_no_email"]
    assert field["type"] == "boolean" and field["x-specloom-presence-flag"] is True
    assert s.valid(ptr, {**CTB_MINIMAL, "send_no_email": True})


def test_clienttoolbox_at_least_one_field() -> None:
    s, ptr = _ctb()
    bare = {k: v for k, v in CTB_MINIMAL.items() if k != "first_name"}
    assert not s.valid(ptr, bare)
    assert not s.valid(ptr, {**bare, "output": "JSON", "send_no_email": True})
    assert s.valid(ptr, {**bare, "custom_field_3": "Gouda"})
    assert s.valid(ptr, {**bare, "auto_add": "25"})


def test_clienttoolbox_register_needs_card_and_password() -> None:
    s, ptr = _ctb()
    register = {**CTB_MINIMAL, "customer_action": "register"}
    assert not s.valid(ptr, register)
    assert not s.valid(ptr, {**register, "card_number": "1212121212"})
    assert s.valid(ptr, {**register, "card_number": "1212121212", "customer_password": "ilovecheese"})


def test_clienttoolbox_output_default() -> None:
    s, ptr = _ctb()
    output = s.get(ptr)["properties"]["output"]
    assert output["default"] == "XML" and output["x-specloom-client-default"] == "JSON"
    assert s.valid(ptr + "/properties/output", output["x-specloom-client-default"])
    assert not s.valid(ptr, {**CTB_MINIMAL, "output": "json"})


def test_clienttoolbox_callback() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "callback": "someFunctionName"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "callback": "alert(1);x"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "callback": "f", "output": "XML"})


def test_clienttoolbox_condensed() -> None:
    s, ptr = _ctb()
    assert s.valid(ptr, {**CTB_MINIMAL, "condensed": "yes", "output": "JSON"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "condensed": "no"})
    assert not s.valid(ptr, {**CTB_MINIMAL, "condensed": "yes", "output": "XML"})


def test_clienttoolbox_error_in_body() -> None:
    s = spec("clienttoolbox")
    _, response = s.response("recordCustomer", "200")
    rules = response["x-specloom-error-in-body"]
    rule = _first_rule(rules, {"status": "error", "error": "Error message"}, "")
    assert rule is not None and rule["message"] == "/error"
    assert _first_rule(rules, {"status": "success", "customer": {"code": "1"}}, "") is None


def test_clienttoolbox_response_format() -> None:
    _, op = spec("clienttoolbox").op("recordCustomer")
    assert op["x-specloom-response-format"] == {
        "param": "output",
        "values": {"JSON": "application/json", "XML": "application/xml"},
        "jsonpParam": "callback",
        "compactParam": "condensed",
        "options": ["condensed"],
    }


def test_clienttoolbox_response_media_types() -> None:
    _, response = spec("clienttoolbox").response("recordCustomer", "200")
    assert set(response["content"]) == {"application/xml", "application/json", "application/javascript"}


XML_SUCCESS = '<response status="success"><customer status="new"><code>1</code></customer></response>'
XML_GENERATED = (
    '<response status="success">\n<customer status="new">\n<code>1234567890123456</code>\n'
    "<card_number>1234567890</card_number>\n</customer>\n</response>"
)
XML_ERROR = '<response status="error">\n<error>Error message</error>\n</response>'


def test_clienttoolbox_xml_json_same_schema() -> None:
    s = spec("clienttoolbox")
    schemas = {m: s.response_schema_ptr("recordCustomer", "200", m) for m in ("application/xml", "application/json", "application/javascript")}
    assert len({repr(s.at(p)) for p in schemas.values()}) == 1  # one schema for every form
    ptr = schemas["application/json"]
    assert xml_to_json(XML_SUCCESS) == {"status": "success", "customer": {"status": "new", "code": "1"}}
    for text in (XML_SUCCESS, XML_GENERATED, XML_ERROR):
        assert s.valid(ptr, xml_to_json(text)), text
    assert s.valid(ptr, unwrap_jsonp('cb({"status":"success","customer":{"status":"new","code":"7"}})'))
    assert not s.valid(ptr, {"status": "success"})  # a success names the customer
    assert not s.valid(ptr, {"status": "error"})  # an error carries a message
    assert not s.valid(ptr, {"status": "ok", "customer": {"code": "1"}})


S4S_FILTER_PROPERTIES = {
    "firstname": "BillingFirstName", "lastname": "BillingLastName", "country": "BillingCountry",
    "state": "BillingState", "city": "BillingCity", "phone": "BillingPhoneNumber",
}


def test_shift4shop_filter_properties() -> None:
    """What each list filter selects (the testing kit's fake applies them): the billing address
    fields, and the moment the customer was last updated."""
    s = spec("shift4shop")
    for name, prop in S4S_FILTER_PROPERTIES.items():
        _, param = s.param("listCustomers", name)
        assert param.get("x-specloom-filter") == {"property": prop}, name
        assert prop in raw("shift4shop")["components"]["schemas"]["CustomerFields"]["properties"]
    for name, match in (("lastupdatestart", "writtenFrom"), ("lastupdateend", "writtenUntil")):
        _, param = s.param("listCustomers", name)
        assert param.get("x-specloom-filter") == {"match": match}, name


def test_shift4shop_count_only() -> None:
    _, param = spec("shift4shop").param("listCustomers", "countonly")
    assert param.get("x-specloom-count-only") == {"pointer": "/TotalCount"}


def test_clienttoolbox_card_number_only_when_generated() -> None:
    result = raw("clienttoolbox")["components"]["schemas"]["RecordCustomerResult"]
    card = result["properties"]["customer"]["properties"]["card_number"]
    assert card.get("x-specloom-only-with") == ["card_number_generate"]


SYNC_READINGS = {
    # vendor: (role -> operation, what the seed says about re-sending a record)
    "firecart": ({"upsert": "addCustomer"}, "add & update"),
    "salesfire": ({"upsert": "syncCustomer"}, "update_existing"),
    "cartfunnel": ({"create": "createCustomer", "update": "updateCustomer", "lookup": "listCustomers"}, "scanning the pages"),
    "shift4shop": ({"create": "createCustomer", "bulkUpdate": "updateCustomers", "lookup": "listCustomers"}, "email"),
    "clienttoolbox": ({"create": "recordCustomer"}, "create-only"),
}


@pytest.mark.parametrize("vendor", [pytest.param(v, id=v) for v in SYNC_READINGS])
def test_sync_target(vendor: str) -> None:
    """x-specloom-sync: which operation upserts, creates, updates or looks up a customer, keyed
    by its email, and the reading of the seed stated in its description."""
    declared = raw(vendor)["x-specloom-sync"]
    roles, reading = SYNC_READINGS[vendor]
    assert {r: declared[r]["operation"] for r in ("upsert", "create", "update", "bulkUpdate", "lookup") if r in declared} == roles
    assert declared["key"].lower() == "/email"
    assert reading in declared["description"]
    if "upsert" in roles:  # re-sending an upsert cannot duplicate: a crash resends it
        assert declared["upsert"]["safe"] is True
    else:
        assert not declared["create"].get("safe", False)


def test_sync_salesfire_update_existing() -> None:
    """Salesfire: every synced record carries update_existing: true, as the seed's sample does."""
    assert raw("salesfire")["x-specloom-sync"]["upsert"]["fields"] == {"update_existing": True}


def test_sync_shift4shop_batches() -> None:
    """Shift4Shop: known customers are updated in batches naming CustomerID; the new id is the
    write answer's Value; lookups filter by email."""
    declared = raw("shift4shop")["x-specloom-sync"]
    assert declared["bulkUpdate"]["idField"] == "CustomerID" and declared["bulkUpdate"]["maxItems"] >= 1
    assert declared["create"]["id"] == "/0/Value"
    assert declared["lookup"]["param"] == "email"


def test_sync_clienttoolbox_exists_is_skipped() -> None:
    """Client Toolbox: an error saying the customer already exists is a skipped record."""
    create = raw("clienttoolbox")["x-specloom-sync"]["create"]
    pattern = re.compile(create["exists"])
    assert pattern.search("Customer already exists") and pattern.search("A matching record exists")
    assert not pattern.search("Invalid account_id")
    assert create["fields"] == {"customer_action": "new"}
