#!/bin/sh
# P2P-VPN mesh "@MESH@", gateway @LAN@: @SUMMARY@
#
#   sh @ACTION@.sh                 make the changes
#   sh @ACTION@.sh --dry-run       let AWS check each change (its own --dry-run) and change nothing
#   options: --region REGION (default '@REGION@'), --endpoint-url URL (e.g. a VPC endpoint)@EXTRA_USAGE@
#
# Needs the AWS CLI; it finds credentials where it always does (environment, ~/.aws, an instance role).
# None is ever passed on a command line. Idempotent: what is already as wanted is left alone, and each
# line of output says done, would (dry run), unchanged or failed. Exit status 1 if anything failed.
set -eu

action='@ACTION@'
region='@REGION@'
endpoint=''
dry_run=''
keep_check=no
while [ $# -gt 0 ]; do
    case $1 in
    --dry-run) dry_run=--dry-run ;;
    --region) region=${2:?--region needs a value}; shift ;;
    --endpoint-url) endpoint=${2:?--endpoint-url needs a value}; shift ;;
    --keep-source-dest-check) [ "$action" = revert ] || { echo "$action.sh: unknown option $1" >&2; exit 2; }; keep_check=yes ;;
    *) echo "$action.sh: unknown option $1 (see the head of this script)" >&2; exit 2 ;;
    esac
    shift
done
export AWS_PAGER=''
failed=0

ec2() {
    set -- ec2 "$@" --output text
    if [ -n "$region" ]; then set -- "$@" --region "$region"; fi
    if [ -n "$endpoint" ]; then set -- "$@" --endpoint-url "$endpoint"; fi
    aws "$@"
}

# One changing call. With --dry-run AWS answers DryRunOperation when the call would have succeeded.
change() {
    what=$1
    shift
    if out=$(ec2 "$@" $dry_run 2>&1); then
        echo "done: $what"
    else
        case $out in
        *'(DryRunOperation)'*) echo "would: $what" ;;
        *'(InvalidPermission.Duplicate)'* | *'(InvalidPermission.NotFound)'*) echo "unchanged: $what" ;;
        *) printf '%s\n' "$out" >&2; echo "failed: $what" >&2; failed=1 ;;
        esac
    fi
}

source_dest_check() { # INSTANCE
    if [ "$action" = apply ]; then
        change "source/destination check off on $1" modify-instance-attribute --instance-id "$1" --no-source-dest-check
    elif [ "$keep_check" = yes ]; then
        echo "unchanged: source/destination check of $1 (--keep-source-dest-check)"
    else
        change "source/destination check on again on $1" modify-instance-attribute --instance-id "$1" --source-dest-check
    fi
}

routes() { # ROUTE-TABLE INTERFACE DESTINATION...
    table=$1 eni=$2
    shift 2
    # One line per route: destination and target (IPv6 and prefix-list routes show "None" as destination).
    if ! current=$(ec2 describe-route-tables --route-table-ids "$table" --query \
        "RouteTables[0].Routes[].[DestinationCidrBlock, NetworkInterfaceId || GatewayId || NatGatewayId || TransitGatewayId || VpcPeeringConnectionId || InstanceId || 'other']"); then
        echo "failed: cannot read route table $table" >&2
        failed=1
        return 0
    fi
    for destination in "$@"; do
        via=$(printf '%s\n' "$current" | awk -v d="$destination" '$1 == d { print $2; exit }')
        if [ "$action" = apply ]; then
            if [ "$via" = "$eni" ]; then
                echo "unchanged: $destination in $table via $eni"
            elif [ -z "$via" ]; then
                change "$destination in $table via $eni (new)" create-route --route-table-id "$table" \
                    --destination-cidr-block "$destination" --network-interface-id "$eni"
            else
                change "$destination in $table via $eni (was $via)" replace-route --route-table-id "$table" \
                    --destination-cidr-block "$destination" --network-interface-id "$eni"
            fi
        elif [ "$via" = "$eni" ]; then
            change "$destination removed from $table" delete-route --route-table-id "$table" \
                --destination-cidr-block "$destination"
        elif [ -z "$via" ]; then
            echo "unchanged: no route to $destination in $table"
        else
            echo "unchanged: $destination in $table goes via $via, not this gateway; left alone"
        fi
    done
}

ingress() { # SECURITY-GROUP PORT PEER-ENDPOINT TUNNEL
    group=$1 port=$2 peer=$3 tunnel=$4
    case $peer in
    *[!0-9.]*) address=$(getent ahostsv4 "$peer" | awk 'NR == 1 { print $1 }') ;;
    *) address=$peer ;;
    esac
    if [ -z "$address" ]; then
        echo "failed: cannot resolve $peer for $tunnel" >&2
        failed=1
        return 0
    fi
    if [ "$action" = apply ]; then
        change "UDP $port from $address/32 in $group ($tunnel)" authorize-security-group-ingress --group-id "$group" \
            --ip-permissions "[{\"IpProtocol\":\"udp\",\"FromPort\":$port,\"ToPort\":$port,\"IpRanges\":[{\"CidrIp\":\"$address/32\",\"Description\":\"p2pvpn $tunnel\"}]}]"
    else
        change "UDP $port from $address/32 closed in $group ($tunnel)" revoke-security-group-ingress --group-id "$group" \
            --protocol udp --port "$port" --cidr "$address/32"
    fi
}

# The plan, made by the generator from the mesh.
@PLAN@
if [ "$failed" -ne 0 ]; then
    echo "$action.sh: some changes failed (see above)" >&2
    exit 1
fi
