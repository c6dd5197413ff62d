"""What a user of specloom writes: tests of their own sync job, offline, with the testing kit.

``sync_newsletter`` stands for the user's code (it would live in their package); the tests drive
it with a real ``cartfunnel.Client`` whose transport is the generated ``FakeApi``, so they check
the job against the documented behaviour of the API, failures included, without the vendor.
The README's "Testing your integration offline" section shows the same example.
"""

from __future__ import annotations

import pytest

from specloom.apis import cartfunnel
from specloom.apis.cartfunnel.testing import FakeApi, FakeApiError

# -- the user's code ------------------------------------------------------------------------------


def sync_newsletter(client: cartfunnel.Client, emails: list[str]) -> dict[str, list[str]]:
    """Create the customers Cartfunnel does not have yet; report what was created and what failed."""
    known = {customer.email for customer in client.iter_list_customers()}
    report: dict[str, list[str]] = {"created": [], "failed": []}
    for email in emails:
        if email in known:
            continue
        try:
            client.create_customer(body=cartfunnel.CustomerCreate(email=email, accepts_marketing=True))
        except cartfunnel.ErrorInBody as failure:  # a 2xx answer that says "not saved"
            report["failed"].append(f"{email}: {'; '.join(failure.messages) or 'not saved'}")
        else:
            report["created"].append(email)
    return report


# -- the user's tests -----------------------------------------------------------------------------


def make_client(fake: FakeApi, *, validate_requests: bool = True) -> cartfunnel.Client:
    return cartfunnel.Client(account="myshop", api_secret="cf-secret", transport=fake, max_retries=0, validate_requests=validate_requests)


def test_creates_only_the_missing_customers() -> None:
    fake = FakeApi()
    fake.seed({"email": f"old{i}@example.com"} for i in range(150))  # two pages on the server
    with make_client(fake) as client:
        report = sync_newsletter(client, ["old3@example.com", "new@example.com"])
    assert report == {"created": ["new@example.com"], "failed": []}
    created = fake.items()[-1]
    assert (created["id"], created["email"], created["accepts_marketing"]) == (151, "new@example.com", True)
    assert [r.operation for r in fake.requests] == ["listCustomers", "listCustomers", "createCustomer"]
    assert fake.requests[-1].body == {"customer": {"email": "new@example.com", "accepts_marketing": True}}


def test_a_customer_the_vendor_did_not_save_is_reported_not_raised() -> None:
    fake = FakeApi()
    fake.fail("createCustomer", error_in_body=True, times=1)  # 201 whose body has an "errors" list
    with make_client(fake) as client:
        report = sync_newsletter(client, ["a@example.com", "b@example.com"])
    assert report == {"created": ["b@example.com"], "failed": ["a@example.com: An error has occurred"]}
    assert [c["email"] for c in fake.items()] == ["b@example.com"]


def test_refused_credentials_stop_the_job() -> None:
    fake = FakeApi()
    fake.fail("listCustomers", status=403)
    with make_client(fake) as client, pytest.raises(cartfunnel.AuthenticationError):
        sync_newsletter(client, ["a@example.com"])
    assert fake.calls("createCustomer") == []


def test_a_lost_answer_does_not_create_a_duplicate() -> None:
    # The server saved the customer but the connection dropped before its answer: the client does
    # not send the POST again, and the next run sees the customer and leaves it alone.
    fake = FakeApi()
    fake.fail("createCustomer", transport="disconnect", processed=True, times=1)
    with make_client(fake) as client:
        with pytest.raises(cartfunnel.TransportError):
            sync_newsletter(client, ["a@example.com"])
        assert sync_newsletter(client, ["a@example.com"]) == {"created": [], "failed": []}
    assert [c["email"] for c in fake.items()] == ["a@example.com"]


def test_a_bad_payload_fails_the_test_even_without_client_validation() -> None:
    fake = FakeApi()
    with make_client(fake, validate_requests=False) as client, pytest.raises(FakeApiError) as caught:
        sync_newsletter(client, ["not-an-email"])
    assert [pointer for pointer, _ in caught.value.problems] == ["/body/customer/email"]
